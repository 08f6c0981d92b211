import Foundation
import TestSupport
import Testing

/// `leddiag interactive` as a program: through a pipe (plain lines) and a pseudo-terminal (the line editor).
@Suite struct InteractiveCommandTests {
    @Test("a piped session: device, observation, an answer; the transcript matches the golden file")
    func pipedSession() throws {
        let result = try LEDDiagCLI.run(["interactive"], input: "mini\nflashing red\ny\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}["), "no colour without a terminal")
        #expect(
            result.stdout.contains(
                "[y/n/skip/done]> y\n  Noted: yes. The ranking changes:\n" + "  1. The reset is working   "))
        #expect(result.stdout.contains("\nWhat it is: The reset is working — nothing is wrong\n"))
        // After the plan, the walkthrough is offered; the end of input leaves.
        #expect(result.stdout.hasSuffix("Shall we go through the plan together, one fix at a time?\n[y/n]> \n"))
        for technical in ["[reset-in-progress]", "dev=mini", "(after-reset)", "rule ", "min of fixing"] {
            #expect(!result.stdout.contains(technical), "\(technical)")
        }
        try GoldenFile.check(result.stdout, against: "interactive/mini-flashing-red.txt")
    }

    @Test("--details: the ids, the canonical string, the contexts and the detailed report (golden file)")
    func pipedSessionWithDetails() throws {
        let result = try LEDDiagCLI.run(["interactive", "--details"], input: "mini\nflashing red\ny\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "[y/n/skip/done]> y\n  Noted: after-reset. The ranking changes:\n"
                    + "  1. The reset is working [reset-in-progress]"))
        try GoldenFile.check(result.stdout, against: "interactive/mini-flashing-red-details.txt")
    }

    @Test("unknown devices and non-answers are asked again; end of input leaves with 0")
    func retries() throws {
        let result = try LEDDiagCLI.run(["interactive"], input: "minni\nMini\nflashing red\nmaybe\ndone\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("error: unknown device \"minni\"; did you mean \"mini\"?"))
        #expect(result.stdout.contains("Please answer y (yes), n (no) or skip"))
        #expect(result.stdout.contains("What to do"))
        #expect(result.stdout.hasSuffix("[y/n]> \n"))
    }

    @Test("'don't know' as the device; --device skips the question; an unreadable observation is asked again")
    func deviceChoices() throws {
        let unknown = try LEDDiagCLI.run(["interactive"], input: "don't know\nred x6 after blue\ndone\n")
        #expect(unknown.stdout.contains("You saw: red x6 after blue  (device not given)"))
        let given = try LEDDiagCLI.run(
            ["interactive", "--device", "outdoor-4"], input: "red onec x6 after blue\nred x6 after blue\n")
        #expect(!given.stdout.contains("device>"))
        #expect(given.stdout.contains("error: unknown word \"onec\""))
        #expect(given.stdout.contains("1. The batteries are low   "))
        let wrong = try LEDDiagCLI.run(["interactive", "--device", "nonsense"])
        #expect(wrong.status == 2 && wrong.stderr.contains("unknown device"))
    }

    @Test("leddiag with no arguments and no terminal prints help (and exits 0)")
    func noArgumentsWithoutATerminal() throws {
        let result = try LEDDiagCLI.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: leddiag <subcommand>") && result.stdout.contains("interactive"))
    }

    @Test(
        "on a terminal: Tab completes device names, arrows edit, Ctrl-D leaves",
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
        try terminal.expect("1. The device cannot reach the internet")
        try terminal.expect("[y/n/skip/done]> ")
        terminal.send("done\r")
        try terminal.expect("What to do")
        try terminal.expect("[y/n]> ")
        terminal.send("n\r")
        try terminal.expect("led> ")
        terminal.send("\u{1B}[A")  // ↑ brings back the last observation
        try terminal.expect("led> flashing red")
        terminal.send("\u{01}\u{0B}solid blue, no blink\r")  // Ctrl-A, Ctrl-K, new text
        try terminal.expect("The firmware may be frozen")
        try terminal.expect("[y/n]> ")
        terminal.send("n\r")
        try terminal.expect("led> ")
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test(
        "on a terminal, output is coloured unless NO_COLOR is set or --color never is given",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnATerminal() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let cases: [(environment: [String: String], arguments: String, coloured: Bool)] = [
            ([:], "", true), (["NO_COLOR": "1"], "", false), ([:], "--color never", false),
            (["NO_COLOR": "1"], "--color always", true),
        ]
        for (environment, arguments, coloured) in cases {
            for command in ["diagnose", "explain"] {
                let terminal = try PseudoTerminal(
                    command: "\(binary.path) \(command) \(arguments) --device outdoor-4 'red x6 after blue'",
                    environment: environment)
                defer { terminal.stop() }
                #expect(terminal.waitForExit() == 0)
                try terminal.expect(command == "diagnose" ? "The batteries are low" : "low-battery")
                #expect(terminal.raw.contains("\u{1B}[") == coloured, "\(command) \(arguments) \(environment)")
            }
        }
    }

    @Test(
        "Ctrl-C leaves with 130 and the terminal restored",
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
