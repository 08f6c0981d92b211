import Foundation
import TestSupport
import Testing

/// `leddiag diagnose`: the owner's plain report by default, the detailed report with `--details`.
@Suite struct DiagnoseCommandTests {
    /// An observation, the golden files of its two reports (`diagnose/NAME.txt`, `diagnose/NAME-details.txt`)
    /// and the exit status.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var device: String?
        var text: String
        var status: Int32 = 0
        var testDescription: String { name }

        var arguments: [String] { ["diagnose"] + (device.map { ["--device", $0] } ?? []) + [text] }
    }

    static let cases = [
        Case(name: "outdoor-4-red-x6-after-blue", device: "outdoor-4", text: "red x6 after blue"),
        Case(name: "outdoor-4-six-red-blinks", device: "outdoor-4", text: "six red blinks"),
        Case(name: "doorbell-blinking-red", device: "doorbell", text: "blinking red"),
        Case(name: "mini-flashing-red-after-reset", device: "mini", text: "flashing red after reset"),
        Case(name: "flashng-red", device: nil, text: "flashng red"),
        Case(name: "mini-flashing-purple", device: "mini", text: "flashing purple", status: 1),
    ]

    @Test("the plain report: what it is, how sure, what to do (golden files)", arguments: cases)
    func plainReport(_ testCase: Case) throws {
        let result = try LEDDiagCLI.run(testCase.arguments)
        #expect(result.status == testCase.status, "\(result.stderr)")
        try GoldenFile.check(result.stdout, against: "diagnose/\(testCase.name).txt")
        for technical in ["matched bytes", "rule ", ".txt", "dev=", "expected cost", "if reached", "Likely causes"] {
            #expect(!result.stdout.contains(technical), "\(technical)")
        }
    }

    @Test("--details prints the detailed report, as diagnose printed it before the plain one", arguments: cases)
    func detailedReport(_ testCase: Case) throws {
        let result = try LEDDiagCLI.run(["diagnose", "--details"] + testCase.arguments.dropFirst())
        #expect(result.status == testCase.status, "\(result.stderr)")
        try GoldenFile.check(result.stdout, against: "diagnose/\(testCase.name)-details.txt")
    }

    @Test("--format json is the same with and without --details")
    func jsonIgnoresDetails() throws {
        let arguments = ["--format", "json", "--device", "outdoor-4", "red x6 after blue"]
        let plain = try LEDDiagCLI.run(["diagnose"] + arguments)
        let details = try LEDDiagCLI.run(["diagnose", "--details"] + arguments)
        #expect(plain.status == 0 && plain.stdout == details.stdout)
    }
}
