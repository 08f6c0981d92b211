import Testing

@testable import LEDEngine

/// The diagnoses a new user tries first (issue "Pattern catalog and rule engine", Acceptance).
@Suite("Diagnoser acceptance")
struct DiagnoserAcceptanceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var device: String?
        var text: String
        var cause: String
        var testDescription: String { "\(device ?? "-"): \(text) → \(cause)" }
    }

    static let cases = [
        Case(device: "outdoor-4", text: "red x6 after blue", cause: "low-battery"),
        Case(device: "mini", text: "solid blue, no blink", cause: "firmware-frozen"),
        Case(device: nil, text: "flashing red during setup", cause: "setup-in-progress"),
        Case(device: "mini", text: "keeps blinking red after reset", cause: "wifi-band-mismatch"),
        Case(device: "sync-module-2", text: "blinking blue and solid green", cause: "sync-module-ready"),
        Case(device: "doorbell", text: "solid red", cause: "setup-failed"),
    ]

    @Test("the top cause", arguments: cases)
    func topCause(_ testCase: Case) throws {
        let diagnosis = try Diagnoser.builtin().diagnose(testCase.text, device: testCase.device)
        #expect(
            diagnosis.topCause?.id == testCase.cause,
            "\(diagnosis.canonical): \(diagnosis.causes.map { "\($0.id) \($0.confidence)" })")
        #expect(diagnosis.causes.reduce(0) { $0 + $1.confidence } <= 1)
    }

    @Test("low battery on an Outdoor 4: replace the batteries first")
    func lowBatteryPlan() throws {
        let diagnosis = try Diagnoser.builtin().diagnose("red x6 after blue", device: "outdoor-4")
        #expect(diagnosis.fixes.first?.id == "replace-batteries")
    }

    @Test("frozen firmware on a Mini: cold boot before factory reset")
    func frozenPlan() throws {
        let fixes = try Diagnoser.builtin().diagnose("solid blue, no blink", device: "mini").fixes.map(\.id)
        let coldBoot = try #require(fixes.firstIndex(of: "cold-boot"))
        if let reset = fixes.firstIndex(of: "factory-reset") { #expect(coldBoot < reset) }
    }

    @Test("a Mini has no batteries: never low battery")
    func miniHasNoBatteries() throws {
        let diagnosis = try Diagnoser.builtin().diagnose("red x6 after blue", device: "mini")
        #expect(!diagnosis.causes.contains { $0.id == "low-battery" })
    }

    @Test("the canonical string diagnoses the same as the text")
    func canonicalAsInput() throws {
        let diagnoser = try Diagnoser.builtin()
        let fromText = try diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
        let fromCanonical = try diagnoser.diagnose(fromText.canonical)
        #expect(fromCanonical.causes == fromText.causes)
        #expect(fromCanonical.fixes == fromText.fixes)
    }

    @Test("device names and aliases resolve; unknown devices are an error with a suggestion")
    func devices() throws {
        let diagnoser = try Diagnoser.builtin()
        #expect(try diagnoser.deviceID(for: "Outdoor 4") == "outdoor-4")
        #expect(try diagnoser.deviceID(for: "outdoor4") == "outdoor-4")
        #expect(throws: DiagnoseError.unknownDevice("outdor-4", suggestion: "outdoor-4")) {
            try diagnoser.deviceID(for: "outdor-4")
        }
    }

    @Test("nothing matched: no causes, no fixes, and the closest rules named")
    func noMatch() throws {
        let diagnosis = try Diagnoser.builtin().diagnose("dev=? ctx=- : purple:solid")
        #expect(diagnosis.causes.isEmpty)
        #expect(diagnosis.fixes.isEmpty)
        #expect(diagnosis.expectedCost == 0)
    }

    @Test("one Diagnoser shared by many tasks gives the same answers")
    func concurrent() async throws {
        let diagnoser = try Diagnoser.builtin()
        let expected = try diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
        try await withThrowingTaskGroup(of: Diagnosis.self) { group in
            for _ in 0..<64 {
                group.addTask { try diagnoser.diagnose("red x6 after blue", device: "outdoor-4") }
            }
            for try await diagnosis in group { #expect(diagnosis == expected) }
        }
    }
}
