import ArgumentParser
import LEDDiagnostics

/// `leddiag patterns lint [DIR]`: validation plus warnings about likely mistakes.
struct PatternsLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate a catalog and warn about likely mistakes, each with its file:line:column.",
        discussion: """
            Errors: everything loading checks (YAML, keys, types, references,
            fragments, PCRE2 compile errors). Warnings, named by their check:
              broad            fires on half or more of the example observations
              unspecific       covers under half of its own examples' events
              overlap          two rules fire on exactly the same examples
              unused-fragment  a fragment no rule uses
              unreached-cause  a cause no rule points at
              unused-fix       a fix no cause names
              unsourced-difference
                               a fix step whose "differ" note (where the
                               sources disagree) names none of its sources
              slow, limit      over the time budget, or tripping a PCRE2
                               limit, on the examples or a long synthetic log
              growth           time growing much faster than the events
                               (200 against 2 000 synthetic steps)

            Examples:
              leddiag patterns lint
              leddiag patterns lint ./my-patterns --budget-ms 1
              leddiag patterns lint --strict --disable overlap ./my-patterns

            Exit status: 0 no errors (warnings allowed unless --strict);
            1 warnings with --strict; 2 errors (the catalog does not load) or
            usage.
            """
    )

    @OptionGroup var folder: PatternFolderOptions

    @Option(
        name: .customLong("budget-ms"),
        help: ArgumentHelp("The longest one match may take, in milliseconds.", valueName: "ms"))
    var budget: Double = 2

    @Flag(name: .long, help: "Exit with status 1 when there are warnings.")
    var strict = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Leave a check out (repeatable): broad, unspecific, overlap, unused-fragment, unreached-cause, "
                + "unused-fix, unsourced-difference, slow, limit, growth, ending, always-run, reads-header.",
            valueName: "check"))
    var disable: [String] = []

    func validate() throws {
        if !(budget.isFinite && budget > 0) { throw ValidationError("--budget-ms must be a positive number") }
        for name in disable where CatalogLintFinding.Check(rawValue: name) == nil || name == "invalid" {
            let checks = CatalogLintFinding.Check.allCases.filter { $0 != .invalid }.map(\.rawValue)
            throw ValidationError("--disable \(name): no such check; one of \(checks.joined(separator: ", "))")
        }
    }

    func run() throws {
        let files = try Console.exitOnError { try folder.files() }
        let disabled = Set(disable.compactMap(CatalogLintFinding.Check.init(rawValue:)))
        let findings = CatalogLinter(timeBudget: budget / 1000).lint(files.all, reportingOn: files.own).filter {
            !disabled.contains($0.check)
        }
        for finding in findings { print(finding.description) }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        print("patterns lint: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitCode(ExitStatus.usage) }
        if strict, warnings > 0 { throw ExitCode(ExitStatus.noMatch) }
    }
}
