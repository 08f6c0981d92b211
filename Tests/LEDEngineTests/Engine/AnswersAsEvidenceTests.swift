import Foundation
import LEDCore
import TestSupport
import Testing

@testable import LEDEngine

/// Answers are evidence (`docs/ranking.md`, "Answers"): a "yes" and a "no" both move the ranking, a
/// fix tried without success lowers the causes it fixes, a cause the device cannot have never appears,
/// and a guided session with a simulated owner converges.
@Suite struct AnswersAsEvidenceTests {
    static let diagnoser = ExplainTests.diagnoser

    private func top(
        _ text: String, device: String, yes: [ObservationContext] = [], no: [ObservationContext] = [],
        tried: [String] = []
    ) throws -> Diagnosis {
        var answers = OwnerAnswers(triedFixes: tried)
        for context in yes { answers.contexts[context] = true }
        for context in no { answers.contexts[context] = false }
        return try Self.diagnoser.diagnose(text, device: device, answers: answers)
    }

    @Test(
        "six red blinks: 'no' to recording, motion and setup leaves low battery behind; 'yes' to recording leads to it")
    func recordingDecides() throws {
        let no = try top("six red blinks", device: "outdoor-4", no: [.recording, .motion, .setup])
        #expect(no.topCause?.id != "low-battery")
        let yes = try top("six red blinks", device: "outdoor-4", yes: [.recording])
        #expect(yes.topCause?.id == "low-battery")
        #expect(yes.answers.yes == [.recording])
    }

    @Test("a 'no' lowers the cause that usually comes with the context")
    func noMoves() throws {
        let plain = try Self.diagnoser.diagnose("six red blinks", device: "outdoor-4")
        let no = try top("six red blinks", device: "outdoor-4", no: [.recording])
        let before = try #require(plain.causes.first { $0.id == "low-battery" }).confidence
        let after = try #require(no.causes.first { $0.id == "low-battery" }).confidence
        #expect(after < before)
    }

    @Test("new batteries that did not help drop low battery, and leave the plan")
    func triedFix() throws {
        let plain = try Self.diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
        #expect(plain.topCause?.id == "low-battery")
        let tried = try top("red x6 after blue", device: "outdoor-4", tried: ["replace-batteries"])
        #expect(tried.topCause?.id != "low-battery")
        #expect(!tried.fixes.contains { $0.id == "replace-batteries" })
        #expect(tried.answers.triedFixes == ["replace-batteries"])
    }

    @Test("a doorbell the app shows offline, not being set up: network trouble before pairing mode")
    func doorbellOffline() throws {
        let plain = try Self.diagnoser.diagnose("blinking red", device: "doorbell")
        #expect(plain.topCause?.id == "pairing-mode")
        let offline = try top("blinking red", device: "doorbell", yes: [.appOffline], no: [.setup])
        #expect(offline.topCause?.id == "network-offline")
    }

    @Test("an unknown fix is an error naming the nearest one")
    func unknownFix() throws {
        #expect(throws: DiagnoseError.unknownFix("power-cycel", suggestion: "power-cycle")) {
            try top("blinking red", device: "mini", tried: ["power-cycel"])
        }
    }

    @Test("confidences with answers are posteriors: they sum to at most 1, and never above 1 − leak without")
    func posteriorsSum() throws {
        for text in ["blinking red", "six red blinks", "red x6 after blue", "solid blue"] {
            let plain = try Self.diagnoser.diagnose(text, device: "outdoor-4")
            #expect(plain.causes.reduce(0) { $0 + $1.confidence } <= 1 - Self.diagnoser.policy.leak + 1e-9)
            let answered = try top(text, device: "outdoor-4", yes: [.appOffline], no: [.setup, .motion])
            #expect(answered.causes.reduce(0) { $0 + $1.confidence } <= 1 + 1e-9)
        }
    }

    @Test("the same events score the same however many digits their timings have")
    func specificityPerToken() throws {
        let short = try Self.diagnoser.diagnose(
            "dev=outdoor ctx=- : blue:solid:_:_:seconds=12.5:_:_ red:blink:6:fast:brief=2.3:0.2/0.2:_")
        let long = try Self.diagnoser.diagnose(
            "dev=outdoor ctx=- : blue:solid:_:_:seconds=12.53:_:_ red:blink:6:fast:brief=2.31:0.21/0.19:_")
        #expect(short.causes.map(\.confidence) == long.causes.map(\.confidence))
    }

    @Test("no cause the device cannot have, and no Sync Module step for a Mini owner without one")
    func impossibleCausesAndSteps() throws {
        for device in ["mini", "mini-2", "mini-2k-plus", "sync-module-2"] {
            for text in ["red x6 after blue", "six red blinks", "blinking red", "red after recording"] {
                let diagnosis = try Self.diagnoser.diagnose(text, device: device)
                #expect(!diagnosis.causes.contains { $0.id == "low-battery" }, "\(device): \(text)")
            }
        }
        let unknown = try Self.diagnoser.diagnose("blinking red", device: "mini")
        #expect(!unknown.fixes.contains { $0.id == "power-cycle-sync-module" })
        let without = try top("blinking red", device: "mini", no: [.hasSyncModule])
        #expect(!without.fixes.contains { $0.id == "power-cycle-sync-module" })
        let with = try top("blinking red", device: "mini", yes: [.hasSyncModule])
        #expect(with.fixes.contains { $0.id == "power-cycle-sync-module" })
        let outdoor = try Self.diagnoser.diagnose("blinking red", device: "outdoor-4")
        #expect(outdoor.fixes.contains { $0.id == "power-cycle-sync-module" })
    }

    @Test("the walkthrough: a fix that fails is evidence and leaves the plan; one that works ends it")
    func walkthrough() throws {
        var session = try GuidedDiagnosis("red x6 after blue", device: "outdoor-4", diagnoser: Self.diagnoser)
        let first = try #require(session.diagnosis.fixes.first)
        #expect(first.id == "replace-batteries")
        session.report(fix: first.id, worked: false)
        #expect(session.answers.triedFixes == ["replace-batteries"])
        #expect(session.diagnosis.topCause?.id != "low-battery")
        #expect(!session.diagnosis.fixes.contains { $0.id == first.id })
        #expect(session.outcome == .open)
        while session.outcome == .open, let next = session.diagnosis.fixes.first {
            session.report(fix: next.id, worked: false)
        }
        #expect(session.outcome == .exhausted)
        var fixed = try GuidedDiagnosis("red x6 after blue", device: "outdoor-4", diagnoser: Self.diagnoser)
        fixed.report(fix: "replace-batteries", worked: true)
        #expect(fixed.outcome == .fixed("replace-batteries"))
        #expect(fixed.question == nil)
    }

    /// Simulated guided sessions over the labelled development corpus (when present) and the project's
    /// own voices: top-1 after the questions and the mean number asked. Floors: what the issue asks
    /// (≥ 97 %, ≤ 2 questions), and for our own tables what was measured when they were set.
    @Test(
        "simulated guided sessions converge: top-1 after questions and mean questions",
        arguments: [
            ("corpus", 0.97, 2.0),
            ("voices-tuning.tsv", 0.97, 2.0),
            ("voices-held-out.tsv", 0.92, 2.0),
        ])
    func convergence(table: String, top1Floor: Double, meanQuestions: Double) throws {
        let url =
            table == "corpus" ? TestPaths.corpus : TestPaths.fixtures.appendingPathComponent("Accuracy/\(table)")
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let rows = try LabelledObservationReader.read(try String(contentsOf: url, encoding: .utf8), file: url.path)
        let sessions = GuidedEvaluation(diagnoser: Self.diagnoser).run(rows)
        let right = Double(sessions.filter(\.isRight).count) / Double(rows.count)
        let mean = Double(sessions.map(\.asked.count).reduce(0, +)) / Double(rows.count)
        #expect(right >= top1Floor, "\(table): top-1 after questions \(right)")
        #expect(mean <= meanQuestions, "\(table): mean questions \(mean)")
    }
}
