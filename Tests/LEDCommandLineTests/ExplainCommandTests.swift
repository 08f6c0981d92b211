import Foundation
import TestSupport
import Testing

/// The command-line conventions, for `explain` and every other command: help with examples, the
/// version, errors on standard error, exit statuses, completion scripts.
@Suite struct ExplainCommandTests {
    static let commands = [
        [], ["diagnose"], ["batch"], ["interactive"], ["explain"], ["patterns"], ["patterns", "list"],
        ["patterns", "show"],
        ["patterns", "test"], ["patterns", "lint"], ["evaluate"], ["devices"], ["causes"],
    ]

    @Test("every command's --help has examples and the exit statuses", arguments: commands)
    func help(_ command: [String]) throws {
        let result = try LEDDiagCLI.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"), "\(command)")
        #expect(result.stdout.contains("USAGE: leddiag"))
        if !command.isEmpty && command != ["patterns"] { #expect(result.stdout.contains("Exit status:"), "\(command)") }
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try LEDDiagCLI.run(["--version"])
        #expect(result.status == 0 && result.stdout.split(separator: ".").count == 3)
    }

    @Test("errors go to standard error with status 2; nothing matched is status 1")
    func errorsAndStatuses() throws {
        let unknown = try LEDDiagCLI.run(["explain", "--device", "mimi", "flashing red"])
        #expect(unknown.status == 2 && unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("unknown device \"mimi\"; did you mean \"mini\"?"))
        let unreadable = try LEDDiagCLI.run(["explain", "red onec x6 after blue"])
        #expect(unreadable.status == 2 && unreadable.stderr.contains("^^^"))
        let usage = try LEDDiagCLI.run(["explain"])
        // The description may be left out only for a clip (`--video`), so its absence is told in words.
        #expect(usage.status == 2 && usage.stderr.contains("say what the LED does, for example"))
        let nothing = try LEDDiagCLI.run(["explain", "purple blinking"])
        #expect(nothing.status == 1 && nothing.stdout.contains("No rule matched."))
    }

    @Test("--color always colours, never and NO_COLOR do not")
    func colour() throws {
        let always = try LEDDiagCLI.run(["explain", "--color", "always", "red x6 after blue"])
        #expect(always.stdout.contains("\u{1B}["))
        let never = try LEDDiagCLI.run(["explain", "--color", "never", "red x6 after blue"])
        #expect(!never.stdout.contains("\u{1B}["))
        let noColor = try LEDDiagCLI.run(["explain", "red x6 after blue"], environment: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
    }

    @Test("explain --svg writes the picture; --svg - prints it instead of the text")
    func svgFile() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("timeline.svg")
        let result = try LEDDiagCLI.run(["explain", "--svg", file.path, "--device", "outdoor-4", "red x6 after blue"])
        #expect(result.status == 0 && result.stdout.hasPrefix("Input"))
        #expect(result.stderr.contains("timeline drawn in"))
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg"))
        let piped = try LEDDiagCLI.run(["explain", "--svg", "-", "red x6 after blue"])
        #expect(piped.stdout.hasPrefix("<?xml") && piped.stdout.hasSuffix("</svg>\n"))
    }

    @Test("completion scripts for bash, zsh and fish name the new commands", arguments: ["bash", "zsh", "fish"])
    func completions(_ shell: String) throws {
        let result = try LEDDiagCLI.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for command in ["interactive", "explain", "patterns", "devices", "causes"] {
            #expect(result.stdout.contains(command))
        }
    }
}
