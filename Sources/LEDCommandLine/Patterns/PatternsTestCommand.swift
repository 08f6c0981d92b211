import ArgumentParser
import LEDDiagnostics

/// `leddiag patterns test [DIR]`: runs every rule's examples, as Semgrep's and SwiftLint's rule tests do.
struct PatternsTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every rule's examples; report each failure with its file:line:column.",
        discussion: """
            A match example must rank the rule's cause first with the rule
            among the evidence; a no_match example must not fire the rule
            (docs/catalog.md, "Examples"). DIR is loaded together with the
            built-in catalog (its rules may use built-in causes and fixes).
            Failures are reported for DIR's examples, and for built-in
            examples that fail only because of DIR's rules.

            Examples:
              leddiag patterns test                  # the built-in catalog
              leddiag patterns test ./my-patterns
              leddiag patterns test --no-builtin ./my-patterns

            Exit status: 0 every example behaves; 1 some example failed;
            2 the catalog does not load, or usage.
            """
    )

    @OptionGroup var folder: PatternFolderOptions

    @Flag(name: .shortAndLong, help: "List every example checked, not only failures.")
    var verbose = false

    func run() throws {
        let files = try Console.exitOnError { try folder.files() }
        let diagnoser = try Console.exitOnError { try CatalogOptions.diagnoser(files.all, jit: true, prefilter: true) }
        let runner = CatalogExampleRunner(diagnoser: diagnoser)
        var examples = runner.examples
        var lightExamples = runner.lightExamples
        var failures: [CatalogExampleRunner.Failure] = []
        if let own = files.own {
            // Built-in examples count when they fail only because of the folder's rules.
            let alreadyFailing: Set<CatalogLocation>
            if folder.noBuiltin {
                alreadyFailing = []
            } else if let builtin = try? Diagnoser.builtin() {
                alreadyFailing = Set(CatalogExampleRunner(diagnoser: builtin).run().map(\.location))
            } else {
                alreadyFailing = []
            }
            examples = examples.filter { own.contains($0.example.location.file) }
            lightExamples = lightExamples.filter { own.contains($0.example.location.file) }
            failures = runner.run().filter { own.contains($0.location.file) || !alreadyFailing.contains($0.location) }
        } else {
            failures = runner.run()
        }
        if verbose {
            let failed = Set(failures.map(\.location))
            for entry in examples where !failed.contains(entry.example.location) {
                print(
                    "\(entry.example.location): ok: rule \"\(entry.rule.id)\": "
                        + "\(entry.shouldMatch ? "match" : "no_match") \"\(entry.example.text)\"")
            }
            for entry in lightExamples where !failed.contains(entry.example.location) {
                print(
                    "\(entry.example.location): ok: light question \"\(entry.question.id)\": "
                        + (entry.example.answer.map { "answer \($0)" } ?? "no_match") + " \"\(entry.example.text)\"")
            }
        }
        for failure in failures.sorted(by: { $0.location < $1.location }) { print(failure.description) }
        let rules = Set(examples.map(\.rule.id)).count
        let questions = Set(lightExamples.map(\.question.id)).count
        let checked = Set(examples.map(\.example.location) + lightExamples.map(\.example.location))
        let passed = examples.count + lightExamples.count - failures.filter { checked.contains($0.location) }.count
        let failedCount = failures.count
        let ofQuestions =
            lightExamples.isEmpty
            ? ""
            : " and \(CatalogCommands.count(lightExamples.count, "example")) of "
                + CatalogCommands.count(questions, "light question")
        print(
            "patterns test: \(CatalogCommands.count(examples.count, "example")) "
                + "of \(CatalogCommands.count(rules, "rule"))\(ofQuestions) — \(passed) passed, \(failedCount) failed")
        if failedCount > 0 { throw ExitCode(ExitStatus.noMatch) }
    }
}
