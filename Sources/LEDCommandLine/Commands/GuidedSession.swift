import Foundation
import LEDDiagnostics
import LEDSupport
import LEDVideo

/// The conversation of `leddiag interactive`: asks for the device and what the LED does, shows the
/// ranking, asks the yes/no questions worth asking (``GuidedDiagnosis``), then shows the fix plan —
/// and again, until the person leaves with Ctrl-D or Ctrl-C. In plain words by default; with
/// `details`, with the cause ids, the canonical string, the contexts and the numbers.
final class GuidedSession {
    private let diagnoser: Diagnoser
    private let reader: any LineReader
    private let color: Bool
    private let details: DetailsOption

    /// Answers that mean "I don't know which device".
    static let unknownDevice: Set<String> = [
        "", "?", "dontknow", "idontknow", "unknown", "noidea", "notsure", "idk", "dunno", "none", "skip",
    ]

    init(diagnoser: Diagnoser, reader: any LineReader, color: Bool, details: DetailsOption = DetailsOption()) {
        self.diagnoser = diagnoser
        self.reader = reader
        self.color = color
        self.details = details
    }

    /// How a prompt ended the session.
    private enum Leave: Error {
        case endOfFile
        case interrupted
    }

    /// Runs the session; returns the exit status (0 after Ctrl-D, 130 after Ctrl-C). With `clip`
    /// (`--video`), the first observation is the clip's, once the device is known.
    func run(device: String?, clip: VideoClip.Observed? = nil) -> Int32 {
        defer { reader.close() }
        print(bold("leddiag") + " — what is your Blink device's LED doing? " + dim("(Ctrl-D or Ctrl-C leaves)"))
        do {
            let deviceID: String?
            if let device {
                deviceID = try diagnoser.deviceID(for: device)
            } else {
                deviceID = try askDevice()
            }
            try converse(device: deviceID, clip: clip)
        } catch Leave.interrupted {
            return ExitStatus.interrupted
        } catch Leave.endOfFile {
            return ExitStatus.success
        } catch {
            Console.error(ErrorText.message(for: error))
            return ExitStatus.usage
        }
        return ExitStatus.success
    }

    // MARK: Prompts

    private func ask(_ prompt: String, history: String, completions: [String] = []) throws(Leave) -> String {
        switch reader.read(prompt: prompt, history: history, completions: completions) {
        case .line(let line): return line.trimmingCharacters(in: .whitespaces)
        case .endOfFile: throw .endOfFile
        case .interrupted: throw .interrupted
        }
    }

    /// Asks until the answer names a known device or says "don't know" (nil).
    private func askDevice() throws(Leave) -> String? {
        print("")
        print("Which device is it? " + dim("Tab completes the name; press Enter if you don't know."))
        let names = (diagnoser.catalog.devices.flatMap { [$0.name, $0.id] + $0.aliases } + ["don't know"])
        while true {
            let answer = try ask("device> ", history: "device", completions: names)
            if Self.unknownDevice.contains(answer.lowercased().filter { $0.isLetter || $0 == "?" }) {
                print(dim("  No device: rules for particular devices count a little less."))
                return nil
            }
            do {
                let id = try diagnoser.deviceID(for: answer)
                print(dim("  " + (diagnoser.catalog.device(id)?.name ?? id) + "."))
                return id
            } catch {
                print(ErrorText.message(for: error))
            }
        }
    }

    /// Observation after observation on one device: the clip's first, when there is one.
    private func converse(device: String?, clip: VideoClip.Observed?) throws(Leave) {
        if let clip {
            print("")
            print("From the clip:")
            for line in VideoReport.text(clip.reading, transitions: false).split(separator: "\n") {
                print(dim("  " + line))
            }
            for warning in clip.warnings { print(dim("  Note: " + warning)) }
            var observation = clip.observation
            observation.device = device
            try guide(GuidedDiagnosis(observation: observation, diagnoser: diagnoser))
            print("")
            print("Describe another light, or press Ctrl-D to leave.")
        } else {
            print("")
            print(
                "What does the LED do? " + dim("For example: flashing red · red x6 after blue · solid blue, no blink"))
        }
        while true {
            let text = try ask("led> ", history: "observation")
            if text.isEmpty { continue }
            let session: GuidedDiagnosis
            do {
                session = try GuidedDiagnosis(text, device: device, diagnoser: diagnoser)
            } catch {
                print(ErrorText.message(for: error))
                print(dim("Try again (↑ brings the line back to edit)."))
                continue
            }
            try guide(session)
            print("")
            print("Describe another light, or press Ctrl-D to leave.")
        }
    }

    /// Shows the ranking, asks the questions worth asking, shows the whole report, then offers to go
    /// through the fix plan.
    private func guide(_ start: GuidedDiagnosis) throws(Leave) {
        var session = start
        print("")
        let canonical = details.details ? dim(session.diagnosis.canonical) + "  " : ""
        print("  " + canonical + TimelineStrip(color: color).render(session.diagnosis.events))
        printRanking(session.diagnosis)
        var stopped = false
        while let question = session.question, !stopped {
            print("")
            if session.diagnosis.causes.isEmpty {
                print(
                    details.details
                        ? "No rule matches this as it stands, but one would in another situation:"
                        : "leddiag does not know this pattern as it stands, but would in another situation:")
            } else {
                print(
                    "One question could settle it. "
                        + dim(
                            details.details
                                ? "\(question.reason) Answering saves about \(Self.minutes(question.value)) on average."
                                : question.reason))
            }
            print("  " + bold(question.text))
            if question.kind == .light {
                for (number, choice) in question.choices.enumerated() { print("    \(number + 1)  \(choice.text)") }
                stopped = try askAboutLight(question, in: &session)
            } else {
                stopped = try askAboutSituation(question, in: &session)
            }
        }
        var report = session.diagnosis
        report.question = nil
        // The plain report shows what was seen as typed: the answers, as context ids, are the details'.
        if !details.details { report.observation = start.diagnosis.observation }
        print("")
        print(details.render(report, color: color, catalog: diagnoser.catalog))
        try walkThrough(&session)
    }

    /// Asks a yes/no question about the situation until it is answered; true when the person asked for the
    /// plan instead ("done").
    private func askAboutSituation(
        _ question: DiagnosticQuestion, in session: inout GuidedDiagnosis
    ) throws(Leave)
        -> Bool
    {
        while true {
            let reply = try ask("[y/n/skip/done]> ", history: "answer")
            if Self.done.contains(reply.lowercased()) { return true }
            guard let answer = GuidedDiagnosis.Answer(reply: reply) else {
                print(dim("  Please answer y (yes), n (no) or skip — or done to see the fix plan now."))
                continue
            }
            let before = session.diagnosis.causes.map(\.id)
            session.answer(answer, for: question)
            let context = question.context?.rawValue ?? question.text
            switch answer {
            case .yes, .no:
                let changed = session.diagnosis.causes.map(\.id) != before
                let noted = details.details ? (answer == .yes ? "" : "not ") + context : answer.rawValue
                print(dim("  Noted: \(noted). ") + (changed ? "The ranking changes:" : "The order stays:"))
                printRanking(session.diagnosis)
            case .skip:
                print(dim("  Skipped; the ranking stays."))
            }
            return false
        }
    }

    /// Asks a question about the light until one of its answers is chosen (by number, id or words) or
    /// it is skipped; true when the person asked for the plan instead ("done").
    private func askAboutLight(
        _ question: DiagnosticQuestion, in session: inout GuidedDiagnosis
    ) throws(Leave)
        -> Bool
    {
        let numbers = question.choices.count == 1 ? "1" : "1-\(question.choices.count)"
        while true {
            let reply = try ask("[\(numbers)/skip/done]> ", history: "answer")
            if Self.done.contains(reply.lowercased()) { return true }
            // A number, an id or the words; "y" and "n" too for a question whose answers are yes and no.
            let yesNo = GuidedDiagnosis.Answer(reply: reply).flatMap { answer in
                question.choices.first { $0.id == answer.rawValue }
            }
            if let choice = question.choice(forReply: reply) ?? yesNo {
                let before = session.diagnosis.causes.map(\.id)
                session.answer(choice.id, for: question)
                let changed = session.diagnosis.causes.map(\.id) != before
                let noted = details.details ? "\(question.id) = \(choice.id)" : choice.text
                print(dim("  Noted: \(noted). ") + (changed ? "The ranking changes:" : "The order stays:"))
                if details.details { print("  " + dim(session.diagnosis.canonical)) }
                printRanking(session.diagnosis)
                return false
            }
            if GuidedDiagnosis.Answer(reply: reply) == .skip {
                session.answer(.skip, for: question)
                print(dim("  Skipped; the ranking stays."))
                return false
            }
            print(dim("  Please answer with a number from \(numbers), or skip — or done to see the fix plan now."))
        }
    }

    /// Replies that end the questions and show the plan.
    private static let done: Set<String> = ["d", "done", "q", "quit", "plan", "stop"]

    /// Offers to go through the fix plan one fix at a time: a fix that did not work is evidence, and
    /// the plan is made again; ends with what worked, or with the next step.
    private func walkThrough(_ session: inout GuidedDiagnosis) throws(Leave) {
        guard !session.diagnosis.fixes.isEmpty else { return }
        print("")
        print("Shall we go through the plan together, one fix at a time?")
        guard try ask("[y/n]> ", history: "answer").lowercased().hasPrefix("y") else { return }
        var passed: Set<String> = []
        while session.outcome == .open,
            let fix = session.diagnosis.fixes.first(where: { !passed.contains($0.id) })
        {
            print("")
            print(bold("Try: \(fix.title)") + dim("  (about \(Self.minutes(fix.minutes)))"))
            let steps =
                details.details
                ? fix.steps
                : (diagnoser.catalog.fix(fix.id)?.fixSteps(for: session.observation.device).map(\.instruction)
                    ?? fix.steps)
            for step in steps { print("  - \(step)") }
            var reply = try ask("Did that fix it? [y/n/skip]> ", history: "answer").lowercased()
            while GuidedDiagnosis.Answer(reply: reply) == nil {
                print(dim("  Please answer y (it works now), n (still the same) or skip (leave this one out)."))
                reply = try ask("Did that fix it? [y/n/skip]> ", history: "answer").lowercased()
            }
            switch GuidedDiagnosis.Answer(reply: reply) {
            case .yes:
                session.report(fix: fix.id, worked: true)
            case .no:
                session.report(fix: fix.id, worked: false)
                if !session.diagnosis.causes.isEmpty {
                    print(dim("  Noted: that did not fix it. Now:"))
                    printRanking(session.diagnosis)
                }
            case .skip, nil:
                passed.insert(fix.id)
            }
        }
        print("")
        switch session.outcome {
        case .fixed(let id):
            let title = diagnoser.catalog.fix(id)?.title.lowercased() ?? id
            print(bold("Fixed") + " — \(title) did it.")
        case .exhausted, .open:
            print(
                bold("Nothing in the plan fixed it.")
                    + " Next step: contact Blink support, and tell them what you tried.")
        }
    }

    // MARK: Output

    private func printRanking(_ diagnosis: Diagnosis) {
        guard !diagnosis.causes.isEmpty else {
            print(
                details.details
                    ? "  No rule matches: the catalog has no reading for this (yet)."
                    : "  leddiag does not know this pattern (yet).")
            return
        }
        let labels = diagnosis.causes.prefix(4).map { details.details ? "\($0.title) [\($0.id)]" : $0.title }
        let titleWidth = labels.map(DisplayWidth.of).max() ?? 0
        for (index, cause) in diagnosis.causes.prefix(4).enumerated() {
            let label = labels[index]
            let padding = String(repeating: " ", count: max(0, titleWidth - DisplayWidth.of(label)))
            let whole = Int((cause.confidence * 100).rounded())
            let percent = details.details ? "\(whole)%" : "\(whole) %"
            let bar = String(repeating: "█", count: max(1, Int((cause.confidence * 20).rounded())))
            let paddedPercent =
                String(repeating: " ", count: max(0, (details.details ? 4 : 5) - percent.count)) + percent
            print(
                "  \(index + 1). \(label)\(padding)  \(paddedPercent)  \(style(bar, Self.severityCode(cause.severity)))"
            )
        }
        if diagnosis.causes.count > 4 { print(dim("     … and \(diagnosis.causes.count - 4) more")) }
    }

    private static func severityCode(_ severity: Severity) -> String {
        switch severity {
        case .normal: return "32"
        case .warning: return "33"
        case .fault: return "31"
        }
    }

    static func minutes(_ value: Double) -> String {
        if value < 1 { return "under a minute" }
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + " min"
    }

    private func style(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { style(text, "1") }
    private func dim(_ text: String) -> String { style(text, "2") }
}
