import ArgumentParser
import Foundation
import LEDDiagnostics

/// `leddiag evaluate FILE…`: the catalog author's regression harness over labelled observations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure the catalog against labelled observations: top-1, top-3, facts, misses.",
        discussion: """
            Each FILE holds TAB-separated rows: device (or -), the observation
            text, the expected causes separated by | (or - when no diagnosis
            is expected), and optionally a facts pattern (ctx=... : token ...,
            the canonical language without dev=; _ matches any value) and a
            tag. Lines starting with # are comments (docs/catalog.md,
            "Check a catalog against labelled observations").

            Examples:
              leddiag evaluate ../shared/corpus/observations.tsv
              leddiag evaluate --no-misses --min-top1 75 observations.tsv
              leddiag evaluate --patterns ./my-patterns --format json labelled.tsv

            Exit status: 0 measured (and above the --min-* floors); 1 top-1 or
            facts below its floor; 2 a file cannot be read or has a malformed
            row (named by file:line:column), or usage.
            """
    )

    @Argument(help: ArgumentHelp("Labelled observation files (TAB-separated).", valueName: "file"))
    var files: [String]

    @OptionGroup var catalog: CatalogOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: OutputFormat = .text

    @Option(
        name: .customLong("min-top1"),
        help: ArgumentHelp("Exit 1 when top-1 accuracy is below this percentage (0-100).", valueName: "percent"))
    var minTop1: Double?

    @Option(
        name: .customLong("min-facts"),
        help: ArgumentHelp("Exit 1 when the facts read right are below this percentage (0-100).", valueName: "percent"))
    var minFacts: Double?

    @Flag(inversion: .prefixedNo, help: "List every row wrong on top-1 or facts.")
    var misses = true

    @Flag(
        help: """
            Also replay every row as a guided session with a simulated owner who answers from the row's \
            labelled contexts: top-1 after the questions, and how many were asked.
            """)
    var guided = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one labelled observation file") }
        for (name, value) in [("--min-top1", minTop1), ("--min-facts", minFacts)] {
            if let value, !(0...100).contains(value) {
                throw ValidationError("\(name) takes a percentage from 0 to 100")
            }
        }
    }

    func run() throws {
        let rows = try Console.exitOnError {
            try files.flatMap { file in try LabelledObservationReader.read(try TextFile.read(file), file: file) }
        }
        if rows.isEmpty {
            Console.error("leddiag evaluate: no labelled observations in \(files.joined(separator: ", "))")
            throw ExitCode(ExitStatus.usage)
        }
        let diagnoser = try Console.exitOnError { try catalog.diagnoser(prefilter: true) }
        let report = Evaluation(diagnoser: diagnoser).run(rows)
        switch format {
        case .json:
            print(report.json(misses: misses, errorText: ErrorText.message(for:)))
        case .text:
            let renderer = EvaluationTextRenderer(misses: misses, errorText: ErrorText.message(for:))
            print(renderer.render(report), terminator: "")
            if guided { print(GuidedEvaluationText.render(GuidedEvaluation(diagnoser: diagnoser).run(rows))) }
        }
        var belowFloor = false
        if let minTop1, Self.below(report.top1, of: report.rows, minTop1) {
            Console.error(
                "leddiag evaluate: top-1 \(report.top1)/\(report.rows) "
                    + "is below --min-top1 \(NumberText.short(minTop1)) %")
            belowFloor = true
        }
        if let minFacts, Self.below(report.facts, of: report.factsRows, minFacts) {
            Console.error(
                "leddiag evaluate: facts \(report.facts)/\(report.factsRows) "
                    + "is below --min-facts \(NumberText.short(minFacts)) %")
            belowFloor = true
        }
        if belowFloor { throw ExitCode(ExitStatus.noMatch) }
    }

    /// Whether `part` of `whole` is below `percent` (no rows at all is below any floor above 0).
    static func below(_ part: Int, of whole: Int, _ percent: Double) -> Bool {
        guard whole > 0 else { return percent > 0 }
        return Double(part) * 100 < percent * Double(whole)
    }
}
