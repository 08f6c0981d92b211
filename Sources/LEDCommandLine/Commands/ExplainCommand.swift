import ArgumentParser
import Foundation
import LEDDiagnostics

/// `leddiag explain`: how an observation was read and why the causes rank as they do.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how an observation was read, which rules matched, which came close, and the score arithmetic.",
        discussion: """
            Prints the input with a caret under every word leddiag recognised
            and what it took it to mean, the canonical event string, every rule
            that matched with the matched part underlined and its score as a
            product of factors, the rules that came close (filtered out by
            device or context, or whose pattern got part of the way), and how
            the causes' confidences were combined (docs/ranking.md).

            --svg FILE also draws the timeline as an SVG picture: one lane per
            LED colour, pulses on a time axis, counts and durations, and the
            strongest rule's span highlighted.

            Examples:
              leddiag explain --device outdoor-4 "red ×6 after blue"
              leddiag explain --svg timeline.svg "keeps blinking red after reset"
              leddiag explain --format json 'dev=mini ctx=- : blue:solid'

            Exit status: 0 a rule matched; 1 no rule matched; 2 bad input,
            usage or catalog.
            """
    )

    @OptionGroup var input: ObservationArguments

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also draw the timeline as an SVG picture into this file (- for standard output).", valueName: "file"))
    var svg: String?

    @Flag(name: .long, help: "List every rule that came close, not only the closest eight.")
    var all = false

    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        let diagnoser = try Console.exitOnError { try catalog.diagnoser(jit: true, failingExamples: .warn) }
        let explanation = try Console.exitOnError { try diagnoser.explain(input.text, device: input.device) }
        if let svg {
            let picture = TimelineSVG(vocabulary: diagnoser.parser.vocabulary, catalog: diagnoser.catalog).render(
                explanation.diagnosis)
            if svg == "-" {
                print(picture, terminator: "")
            } else {
                try Console.exitOnError { try TextFile.write(picture, to: svg) }
                Console.error("leddiag: timeline drawn in \(svg)")
            }
        }
        if svg != "-" {
            switch input.format {
            case .json:
                print(explanation.json())
            case .text:
                let renderer = ExplanationTextRenderer(
                    color: input.color.useColor, catalog: diagnoser.catalog, nearMissLimit: all ? nil : 8)
                print(renderer.render(explanation))
            }
        }
        if explanation.matches.isEmpty { throw ExitCode(ExitStatus.noMatch) }
    }
}
