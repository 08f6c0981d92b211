import ArgumentParser

/// `leddiag patterns`: tools for rule authors.
struct PatternsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patterns",
        abstract: "List, show, test and lint the rules of a pattern catalog.",
        discussion: """
            Examples:
              leddiag patterns list --device mini
              leddiag patterns show low-battery-red-after-recording-light
              leddiag patterns test ./my-patterns
              leddiag patterns lint ./my-patterns

            docs/catalog.md describes the catalog files.
            """,
        subcommands: [
            PatternsListCommand.self, PatternsShowCommand.self, PatternsTestCommand.self, PatternsLintCommand.self,
        ]
    )
}
