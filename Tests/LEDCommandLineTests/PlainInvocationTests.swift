import ArgumentParser
import Testing

@testable import LEDCommandLine

/// The fast path of a plain `leddiag diagnose` (``PlainInvocation``) makes the command argument-parser
/// makes, with every option set, and leaves everything else to argument-parser.
@Suite struct PlainInvocationTests {
    static let plain: [[String]] = [
        ["diagnose", "--device", "outdoor-4", "red x6 after blue"],
        ["diagnose", "red", "x6", "--device=outdoor-4", "after", "blue"],
        ["diagnose", "--format", "json", "--details", "--color", "never", "flashing red"],
        ["diagnose", "--format=text", "--color=always", "solid blue"],
        ["diagnose", "--yes", "setup", "--no", "recording", "--tried", "power-cycle", "--yes=app-offline", "red"],
        ["diagnose", "--light", "sync-module-green=off", "--light", "a=b", "red"],
        ["diagnose", "--patterns", "one", "--patterns=two", "--no-builtin", "--check-examples", "red"],
        ["diagnose", "help"],
        ["diagnose", "red", "batch"],
        ["diagnose", "diagnose", "red"],
        ["diagnose", "dev=mini ctx=- : red:blink:6:"],
    ]

    static let notPlain: [[String]] = [
        [], ["--version"], ["--help"], ["batch", "log"], ["explain", "red"],
        ["diagnose"], ["diagnose", "  "], ["diagnose", "--help"], ["diagnose", "-h"], ["diagnose", "--", "red"],
        ["diagnose", "--device", "mini", "--device", "doorbell", "red"], ["diagnose", "--format", "JSON", "red"],
        ["diagnose", "--color", "sometimes", "red"], ["diagnose", "--details", "--details", "red"],
        ["diagnose", "--details=yes", "red"], ["diagnose", "red", "--device"], ["diagnose", "--device", "-x", "red"],
        ["diagnose", "--device=", "red"], ["diagnose", "--generate-completion-script", "bash"],
        ["diagnose", "--unknown", "red"], ["diagnose", "-5", "red"], ["diagnose", "--video", "clip.mp4"],
    ]

    @Test("a plain diagnose gives the command argument-parser gives, every option set", arguments: plain)
    func sameCommand(_ arguments: [String]) throws {
        let fast = try #require(PlainInvocation.command(arguments))
        let parsed = try LEDDiag.parseAsRoot(arguments)
        let described = String(describing: fast)
        #expect(described == String(describing: parsed))
        #expect(!described.contains("definition"), "an option the fast path leaves unset: \(described)")
    }

    @Test("anything else is left to argument-parser", arguments: notPlain)
    func leftToArgumentParser(_ arguments: [String]) {
        #expect(PlainInvocation.command(arguments) == nil)
    }
}
