import Foundation
import Testing

@testable import LEDBatch
@testable import LEDCore
@testable import LEDEngine
@testable import LEDInput
@testable import LEDSupport

/// The guided diagnosis: the questions it asks, what answers do to the ranking, and the session
/// of `leddiag interactive` driven through a pipe and through a pseudo-terminal.
@Suite struct InteractiveTests {
    static let diagnoser = ExplainTests.diagnoser

    @Test("a Mini flashing red: the leading causes are close, so a question from the catalog is asked")
    func asksAQuestion() throws {
        let session = try GuidedDiagnosis("flashing red", device: "mini", diagnoser: Self.diagnoser)
        let causes = session.diagnosis.causes
        #expect(causes.count >= 2 && causes[0].confidence - causes[1].confidence <= Self.diagnoser.policy.closeCauses)
        let question = try #require(session.question)
        #expect(question.text == Self.diagnoser.catalog.question(for: question.context))
        #expect(question.expectedCostNow - question.expectedCostAfter > Self.diagnoser.policy.questionMinutes)
        #expect(session.diagnosis.question == question)
    }

    @Test("every question asked, answered yes, changes the ranking; its context joins the observation")
    func yesChangesTheRanking() throws {
        let start = try GuidedDiagnosis("flashing red", device: "mini", diagnoser: Self.diagnoser)
        var declined = start
        var asked = 0
        while let question = declined.question, asked < 12 {
            var yes = declined
            yes.answer(.yes)
            #expect(yes.observation.contexts.contains(question.context))
            #expect(yes.diagnosis.causes.map(\.id) != start.diagnosis.causes.map(\.id), "\(question.context)")
            #expect(!yes.diagnosis.causes.isEmpty, "a yes to \(question.context) leaves a diagnosis")
            declined.answer(.no)
            asked += 1
        }
        #expect(asked >= 3)
    }

    @Test("the setup question: yes makes 'setup in progress' the top cause")
    func setupQuestion() throws {
        var session = try GuidedDiagnosis("flashing red", device: "mini", diagnoser: Self.diagnoser)
        #expect(session.diagnosis.topCause?.id == "network-offline")
        var seen: [ObservationContext] = []
        while let question = session.question, question.context != .setup {
            seen.append(question.context)
            session.answer(.no)
        }
        #expect(session.question?.context == .setup, "asked \(seen) and never about setup")
        #expect(session.question?.text == "Is the device being set up (or added to the app) right now?")
        session.answer(.yes)
        #expect(session.diagnosis.topCause?.id == "setup-in-progress")
        #expect(session.diagnosis.observation == "flashing red (setup)")
        #expect(session.isSettled)
    }

    @Test("no and skip keep the ranking and are not asked again; the questions run out")
    func noAndSkip() throws {
        for answer in [GuidedDiagnosis.Answer.no, .skip] {
            var session = try GuidedDiagnosis("flashing red", device: "mini", diagnoser: Self.diagnoser)
            let ranking = session.diagnosis.causes
            var asked: [ObservationContext] = []
            while let question = session.question, asked.count <= ObservationContext.allCases.count {
                #expect(!asked.contains(question.context), "\(question.context) asked twice")
                asked.append(question.context)
                session.answer(answer)
                #expect(session.diagnosis.causes == ranking)
            }
            #expect(session.isSettled && asked.count <= ObservationContext.allCases.count)
            #expect(session.declined == Set(asked))
            #expect(session.exchanges.map(\.answer) == Array(repeating: answer, count: asked.count))
        }
    }

    @Test("a question whose yes would leave nothing diagnosed is not asked")
    func noDeadEnds() throws {
        // On a Mini, no rule reads a blinking blue while the reset button is held: a "yes" leaves nothing.
        var holding = try Self.diagnoser.read("blinking blue", device: "mini")
        holding.contexts.insert(.holdingReset)
        #expect(Self.diagnoser.diagnose(holding).causes.isEmpty)
        var session = try GuidedDiagnosis("blinking blue", device: "mini", diagnoser: Self.diagnoser)
        while let question = session.question {
            #expect(question.context != .holdingReset)
            session.answer(.no)
        }
    }

    @Test("when no rule matches, it asks about the situation in which one would")
    func situationQuestion() throws {
        var session = try GuidedDiagnosis("solid blue", device: "mini", diagnoser: Self.diagnoser)
        #expect(session.diagnosis.causes.isEmpty)
        let question = try #require(session.question)
        #expect(question.text == Self.diagnoser.catalog.question(for: question.context))
        session.answer(.yes)
        #expect(!session.diagnosis.causes.isEmpty)
    }

    @Test("a clear diagnosis asks nothing")
    func settledAtOnce() throws {
        let session = try GuidedDiagnosis("red x6 after blue", device: "outdoor-4", diagnoser: Self.diagnoser)
        #expect(session.isSettled)
        #expect(session.diagnosis.topCause?.id == "low-battery")
    }

    @Test("answers people type", arguments: [
        ("y", GuidedDiagnosis.Answer.yes), ("Yes", .yes), ("YES!", .yes), ("yep", .yes), ("n", .no), ("No.", .no), ("nope", .no),
        ("skip", .skip), ("s", .skip), ("?", .skip), ("don't know", .skip), ("I don't know", .skip), ("not sure", .skip),
    ])
    func replies(_ reply: String, _ answer: GuidedDiagnosis.Answer) {
        #expect(GuidedDiagnosis.Answer(reply: reply) == answer)
    }

    @Test("replies that are not answers", arguments: ["maybe", "", "yesno", "42"])
    func notReplies(_ reply: String) {
        #expect(GuidedDiagnosis.Answer(reply: reply) == nil)
    }
}

/// `leddiag interactive` as a program: through a pipe (plain lines) and a pseudo-terminal (the line editor).
@Suite struct InteractiveCommandTests {
    @Test("a piped session: device, observation, an answer; the transcript matches the golden file")
    func pipedSession() throws {
        let result = try LEDDiagCLI.run(["interactive"], input: "mini\nflashing red\ny\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}["), "no colour without a terminal")
        #expect(result.stdout.contains("[y/n/skip/done]> y\n  Noted: setup. The ranking changes:\n  1. Setup is in progress [setup-in-progress]"))
        try GoldenText.check(result.stdout, against: "interactive/mini-flashing-red.txt")
    }

    @Test("unknown devices and non-answers are asked again; end of input leaves with 0")
    func retries() throws {
        let result = try LEDDiagCLI.run(["interactive"], input: "minni\nMini\nflashing red\nmaybe\ndone\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("error: unknown device \"minni\"; did you mean \"mini\"?"))
        #expect(result.stdout.contains("Please answer y (yes), n (no) or skip"))
        #expect(result.stdout.contains("Fix plan"))
        #expect(result.stdout.hasSuffix("led> \n"))
    }

    @Test("'don't know' as the device; --device skips the question; an unreadable observation is asked again")
    func deviceChoices() throws {
        let unknown = try LEDDiagCLI.run(["interactive"], input: "don't know\nred x6 after blue\n")
        #expect(unknown.stdout.contains("dev=? ctx=- : blue:solid"))
        let given = try LEDDiagCLI.run(["interactive", "--device", "outdoor-4"], input: "red onec x6 after blue\nred x6 after blue\n")
        #expect(!given.stdout.contains("device>"))
        #expect(given.stdout.contains("error: unknown word \"onec\""))
        #expect(given.stdout.contains("1. The batteries are low [low-battery]"))
        let wrong = try LEDDiagCLI.run(["interactive", "--device", "nonsense"])
        #expect(wrong.status == 2 && wrong.stderr.contains("unknown device"))
    }

    @Test("leddiag with no arguments and no terminal prints help (and exits 0)")
    func noArgumentsWithoutATerminal() throws {
        let result = try LEDDiagCLI.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: leddiag <subcommand>") && result.stdout.contains("interactive"))
    }

    @Test("on a terminal: Tab completes device names, arrows edit, Ctrl-D leaves",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func terminalSession() throws {
        let binary = try #require(LEDDiagCLI.executable)
        // No arguments: on a terminal, that is the guided session.
        let terminal = try PseudoTerminal(command: binary.path, environment: ["NO_COLOR": "1"])
        defer { terminal.stop() }
        try terminal.expect("device> ")
        terminal.send("Blink Min\t")
        try terminal.expect("device> Blink Mini")
        terminal.send("\t\t")
        try terminal.expect("Blink Mini 2")  // the second Tab lists what fits
        terminal.send("\r")
        try terminal.expect("  Blink Mini.")
        try terminal.expect("led> ")
        terminal.send("flashing rd\u{1B}[De\r")  // ← then "e": "flashing red"
        try terminal.expect("dev=mini ctx=- : red:blink:_:_:_:_:_")
        try terminal.expect("[y/n/skip/done]> ")
        terminal.send("done\r")
        try terminal.expect("Fix plan")
        try terminal.expect("led> ")
        terminal.send("\u{1B}[A")  // ↑ brings back the last observation
        try terminal.expect("led> flashing red")
        terminal.send("\u{01}\u{0B}solid blue, no blink\r")  // Ctrl-A, Ctrl-K, new text
        try terminal.expect("firmware-frozen")
        try terminal.expect("led> ")
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("on a terminal, output is coloured unless NO_COLOR is set or --color never is given",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnATerminal() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let cases: [(environment: [String: String], arguments: String, coloured: Bool)] = [
            ([:], "", true), (["NO_COLOR": "1"], "", false), ([:], "--color never", false), (["NO_COLOR": "1"], "--color always", true),
        ]
        for (environment, arguments, coloured) in cases {
            for command in ["diagnose", "explain"] {
                let terminal = try PseudoTerminal(
                    command: "\(binary.path) \(command) \(arguments) --device outdoor-4 'red x6 after blue'", environment: environment)
                defer { terminal.stop() }
                #expect(terminal.waitForExit() == 0)
                try terminal.expect("low-battery")
                #expect(terminal.raw.contains("\u{1B}[") == coloured, "\(command) \(arguments) \(environment)")
            }
        }
    }

    @Test("Ctrl-C leaves with 130 and the terminal restored",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func interrupt() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let terminal = try PseudoTerminal(command: "\(binary.path) interactive")
        defer { terminal.stop() }
        try terminal.expect("device> ")
        terminal.send("mi\u{03}")
        try terminal.expect("^C")
        #expect(terminal.waitForExit() == 130)
    }
}

/// A program on a pseudo-terminal (util-linux `script`), driven like `expect`: wait for text, send keys.
final class PseudoTerminal: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var text = ""

    init(command: String, environment extra: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["LEDDIAG_HISTORY"] = ""
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = nil
        environment.merge(extra) { _, new in new }
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.text += String(decoding: data, as: UTF8.self)
            self.lock.unlock()
        }
        try process.run()
    }

    /// Everything the program wrote so far, as written.
    var raw: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }

    /// Everything the program wrote so far, escape sequences removed.
    var screen: String {
        lock.lock()
        defer { lock.unlock() }
        var out = ""
        var escape = false
        for character in text {
            if escape {
                if character.isLetter { escape = false }
            } else if character == "\u{1B}" {
                escape = true
            } else if character != "\r" {
                out.append(character)
            }
        }
        return out
    }

    private var consumed = 0

    /// Waits until `expected` appears after what earlier calls found.
    func expect(_ expected: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let screen = self.screen
            let rest = screen.dropFirst(min(consumed, screen.count))
            if let range = rest.range(of: expected) {
                consumed = screen.distance(from: screen.startIndex, to: range.upperBound)
                return
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("timed out waiting for \(expected.debugDescription); the screen:\n\(screen)", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    /// Types `keys`.
    func send(_ keys: String) {
        input.fileHandleForWriting.write(Data(keys.utf8))
    }

    /// Waits for the program to end; its exit status.
    func waitForExit(timeout: Double = 20) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? -1 : process.terminationStatus
    }

    /// Ends the program if it is still running.
    func stop() {
        output.fileHandleForReading.readabilityHandler = nil
        if process.isRunning { process.terminate() }
    }
}
