import ArgumentParser
import LEDDiagnostics

/// `leddiag patterns show RULE`: everything about one rule, with its examples checked.
struct PatternsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Show one rule: its cause, filters, pattern (as written and expanded), sources and examples, checked.",
        discussion: """
            Examples:
              leddiag patterns show network-offline-red-flashing
              leddiag patterns show --patterns ./my-patterns my-rule

            Exit status: 0 shown, every example behaves; 1 some example fails; 2 unknown rule, usage or catalog.
            """
    )

    @Argument(help: ArgumentHelp("The rule's id.", valueName: "rule"))
    var rule: String

    @OptionGroup var color: ColorOption

    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        let diagnoser = try Console.exitOnError { try catalog.diagnoser(jit: true, failingExamples: .ignore) }
        guard let found = diagnoser.catalog.rule(rule) else {
            let ids = diagnoser.catalog.rules.map(\.id)
            let near = ids.filter { $0.contains(rule) }.prefix(3)
            Console.error(
                "error: no rule \"\(rule)\"" + ErrorText.didYouMean(Array(near))
                    + " (`leddiag patterns list` lists them)")
            throw ExitCode(ExitStatus.usage)
        }
        let useColor = color.useColor
        func bold(_ text: String) -> String { useColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
        func paint(_ text: String, _ code: String) -> String { useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let cause = diagnoser.catalog.cause(found.cause)
        var lines: [String] = []
        lines.append(bold(found.id) + "  " + "\(found.location)")
        lines.append("cause        \(found.cause)" + (cause.map { " — \($0.title) (\($0.severity.rawValue))" } ?? ""))
        lines.append(
            "devices      "
                + (found.devices.map { $0.sorted().joined(separator: ", ") } ?? "every device, and an unknown one"))
        let required = found.requiredContexts.sorted().map(\.rawValue).joined(separator: ", ")
        let excluded = found.excludedContexts.sorted().map(\.rawValue).joined(separator: ", ")
        lines.append(
            "contexts     "
                + (required.isEmpty && excluded.isEmpty
                    ? "any"
                    : [
                        required.isEmpty ? nil : "requires \(required)",
                        excluded.isEmpty ? nil : "not with \(excluded)",
                    ].compactMap { $0 }.joined(separator: "; ")))
        lines.append(
            "weight       \(NumberText.short(found.weight)), \(found.tier.rawValue) source, \(found.status.rawValue)")
        lines.append("pattern      \(found.pattern)")
        if found.resolvedPattern != found.pattern { lines.append("expanded     \(found.resolvedPattern)") }
        lines.append("explanation  \(found.explanation)")
        for source in found.sources { lines.append("source       \(source.ref) (\(source.tier.rawValue))") }
        let runner = CatalogExampleRunner(diagnoser: diagnoser)
        var failures = 0
        for (title, examples, shouldMatch) in [
            ("match", found.matchExamples, true), ("no_match", found.noMatchExamples, false),
        ] {
            lines.append("")
            lines.append(
                bold("examples: \(title)") + (shouldMatch ? " (must rank \(found.cause) first)" : " (must not fire)"))
            for example in examples {
                let failure = runner.check(found, example, shouldMatch: shouldMatch)
                let mark = failure == nil ? paint("✓", "32") : paint("✗", "31")
                let canonical =
                    (try? diagnoser.read(example.text, device: example.device))?.canonical ?? "(cannot be read)"
                lines.append("  \(mark) \(example.text)" + (example.device.map { "  [\($0)]" } ?? ""))
                lines.append("      " + paint(canonical, "2"))
                if let failure {
                    failures += 1
                    lines.append("      " + paint(failure.description, "31"))
                }
            }
        }
        print(lines.joined(separator: "\n"))
        if failures > 0 { throw ExitCode(ExitStatus.noMatch) }
    }
}
