import Foundation
import LEDCore
import TestSupport
import Testing

@testable import LEDEngine

/// Questions about the light (`docs/ranking.md`, "Questions"): chosen by value of information beside
/// the situation questions; an answer rewrites the observation, which is read again and diagnosed.
@Suite struct LightQuestionTests {
    static let diagnoser = ExplainTests.diagnoser

    private func diagnose(_ text: String, device: String, light: [(String, String)]) throws -> Diagnosis {
        let answers = OwnerAnswers(light: light.map { OwnerAnswers.LightAnswer(question: $0.0, answer: $0.1) })
        return try Self.diagnoser.diagnose(text, device: device, answers: answers)
    }

    @Test("a Sync Module's solid blue, its green LED not described: the green LED is asked about, and decides")
    func syncModuleGreen() throws {
        let plain = try Self.diagnoser.diagnose("solid blue", device: "sync-module-2")
        let question = try #require(plain.question)
        #expect(question.kind == .light && question.id == "sync-module-green" && question.context == nil)
        #expect(question.choices.map(\.id) == ["solid", "blinking", "off"])
        #expect(question.reason.contains("Online and connected"))
        #expect(question.value > Self.diagnoser.policy.questionMinutes)
        let expected = ["solid": "online", "blinking": "sync-module-offline", "off": "sync-module-starting"]
        for (choice, cause) in expected {
            let answered = try diagnose("solid blue", device: "sync-module-2", light: [("sync-module-green", choice)])
            #expect(answered.topCause?.id == cause, "\(choice)")
            #expect(
                answered.canonical.hasSuffix(
                    "blue:solid:_:_:_:_:_&green:\(choice == "blinking" ? "blink" : choice):_:_:_:_:_"))
            #expect(answered.answers.light.map(\.answer) == [choice])
            #expect(answered.question?.id != "sync-module-green")
        }
    }

    @Test("red flashing during setup: more than two minutes is setup that failed, less is setup going on")
    func setupDuration() throws {
        let plain = try Self.diagnoser.diagnose("blinking red during setup", device: "mini")
        #expect(plain.question?.id == "red-flash-over-two-minutes")
        let long = try diagnose(
            "blinking red during setup", device: "mini", light: [("red-flash-over-two-minutes", "yes")])
        #expect(long.topCause?.id == "setup-failed")
        let short = try diagnose(
            "blinking red during setup", device: "mini", light: [("red-flash-over-two-minutes", "no")])
        #expect(short.topCause?.id == "setup-in-progress")
        #expect(short.question == nil)
    }

    @Test("six red blinks after the blue light, said in answer: low battery, more surely than before")
    func blueBeforeRed() throws {
        let plain = try Self.diagnoser.diagnose("six red blinks", device: "outdoor-4")
        let yes = try diagnose("six red blinks", device: "outdoor-4", light: [("blue-before-red", "yes")])
        #expect(yes.topCause?.id == "low-battery")
        #expect((yes.topCause?.confidence ?? 0) > (plain.topCause?.confidence ?? 1))
        let count = try diagnose(
            "blinking red after I changed the wifi", device: "outdoor-4", light: [("red-flash-count", "keeps-going")])
        #expect(count.topCause?.id == "network-offline")
    }

    @Test("an answer that does not apply is a warning, not a silent change; an unknown one is an error")
    func notApplying() throws {
        let other = try diagnose("solid blue", device: "outdoor-4", light: [("sync-module-green", "off")])
        #expect(other.canonical == "dev=outdoor-4 ctx=- : blue:solid:_:_:_:_:_")
        #expect(other.warnings.contains { $0.contains("\"sync-module-green\" does not apply") })
        #expect(throws: DiagnoseError.self) {
            try diagnose("solid blue", device: "sync-module-2", light: [("sync-module-gren", "off")])
        }
        #expect(
            throws: DiagnoseError.unknownLightAnswer(
                question: "sync-module-green", answer: "of", choices: ["solid", "blinking", "off"])
        ) {
            try diagnose("solid blue", device: "sync-module-2", light: [("sync-module-green", "of")])
        }
    }

    @Test("a guided session answers a question about the light by choice, by reply, or skips it for good")
    func guided() throws {
        var session = try GuidedDiagnosis("solid blue", device: "sync-module-2", diagnoser: Self.diagnoser)
        let question = try #require(session.question)
        #expect(question.choice(forReply: "2")?.id == "blinking")
        #expect(question.choice(forReply: " It is OFF ")?.id == "off")
        #expect(question.choice(forReply: "purple") == nil)
        session.answer("blinking", for: question)
        #expect(session.diagnosis.topCause?.id == "sync-module-offline")
        #expect(session.exchanges.last?.choice == "blinking")
        #expect(session.diagnosis.observation == "solid blue (it is blinking)")
        #expect(session.question?.id != "sync-module-green")
        session.answer("solid", for: question)  // answered already: nothing changes
        #expect(session.answers.light.count == 1 && session.diagnosis.topCause?.id == "sync-module-offline")

        var skipped = try GuidedDiagnosis("solid blue", device: "sync-module-2", diagnoser: Self.diagnoser)
        skipped.answer(.skip, for: try #require(skipped.question))
        #expect(skipped.question == nil)
        #expect(skipped.diagnosis.topCause?.id == "sync-module-starting")
        #expect(skipped.answers.light.isEmpty)
    }

    @Test(
        "the simulated owner answers about the light from labelled events, and 'don't know' when they leave it open"
    )
    func simulatedOwner() throws {
        let rows = try LabelledObservationReader.read(
            """
            # device\tobservation\texpected_causes\tpattern\tphrase_family
            sync-module-2\tsolid blue\tsync-module-starting\tctx=- : blue:solid:_:_:_:_:_\tplain
            mini\tblinking red during setup\tsetup-in-progress\tctx=setup : red:blink:_:_:_:_:_\tplain
            """, file: "light.tsv")
        let sessions = GuidedEvaluation(diagnoser: Self.diagnoser).run(rows)
        #expect(sessions.map(\.isRight) == [true, true])
        #expect(sessions[0].asked.first == .init(kind: .light, question: "sync-module-green", answer: nil))
        #expect(sessions[1].asked.first == .init(kind: .light, question: "red-flash-over-two-minutes", answer: nil))
        // A reading that lost the count, and facts that have it: the owner answers the count.
        let lost = try LabelledObservationReader.read(
            """
            # device\tobservation\texpected_causes\tpattern\tphrase_family
            outdoor-4\tdev=outdoor-4 ctx=network-change : red:blink:_:_:_:_:_\tnetwork-offline\t\
            ctx=network-change : red:blink:_:_:continuous:_:_\tplain
            """, file: "lost.tsv")
        let answered = GuidedEvaluation(diagnoser: Self.diagnoser).replay(lost[0])
        #expect(answered.asked.contains(.init(kind: .light, question: "red-flash-count", answer: "keeps-going")))
        #expect(answered.isRight)
    }
}
