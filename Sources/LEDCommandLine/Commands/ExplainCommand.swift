import ArgumentParser
import Foundation
import LEDDiagnostics
import LEDVideo

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

            --video FILE starts from a clip of the LED instead of words: the clip
            is read as `leddiag video` reads it (the same messages and exit
            statuses when it cannot be), and its longest episode is explained;
            --roi X,Y,W,H points at the LED. A description and --video together
            are a usage error (exit 2).

            Examples:
              leddiag explain --device outdoor-4 "red ×6 after blue"
              leddiag explain --svg timeline.svg "keeps blinking red after reset"
              leddiag explain --format json 'dev=mini ctx=- : blue:solid'
              leddiag explain --device outdoor-4 --svg timeline.svg --video clip.mp4

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

    @OptionGroup var clip: VideoOptions

    @OptionGroup var catalog: CatalogOptions

    func validate() throws {
        try input.validate(video: clip.video)
    }

    func run() throws {
        let diagnoser = try Console.exitOnError { try catalog.diagnoser(jit: true, failingExamples: .warn) }
        let observed = try clip.observation(with: diagnoser, device: input.device)
        var explanation: Explanation
        if let observed {
            explanation = diagnoser.explain(observed.observation)
            explanation.diagnosis.warnings.append(contentsOf: observed.warnings)
        } else {
            explanation = try Console.exitOnError { try diagnoser.explain(input.text, device: input.device) }
        }
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
                print(
                    explanation.json { writer in
                        if let observed { VideoReport.writeJSON(observed.reading, transitions: false, to: &writer) }
                    })
            case .text:
                if let observed {
                    print(VideoReport.text(observed.reading, transitions: false), terminator: "")
                    for warning in observed.warnings { Console.error("warning: " + warning) }
                }
                let renderer = ExplanationTextRenderer(
                    color: input.color.useColor, catalog: diagnoser.catalog, nearMissLimit: all ? nil : 8)
                print(renderer.render(explanation))
            }
        }
        if explanation.matches.isEmpty { throw ExitCode(ExitStatus.noMatch) }
    }
}
