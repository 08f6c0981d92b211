import Foundation
import LEDCore
import Testing

@testable import LEDEngine

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
        #expect(question.text == Self.diagnoser.catalog.question(for: try #require(question.context)))
        #expect(question.kind == .situation && !question.reason.isEmpty)
        #expect(question.expectedCostNow - question.expectedCostAfter > Self.diagnoser.policy.questionMinutes)
        #expect(session.diagnosis.question == question)
    }

    @Test("every yes changes the ranking or the plan; the noes move it too; both are recorded")
    func answersMoveTheRanking() throws {
        let start = try GuidedDiagnosis("flashing red", device: "mini", diagnoser: Self.diagnoser)
        var declined = start
        var asked = 0
        var noesThatMoved = 0
        while let question = declined.question, asked < 12 {
            let context = try #require(question.context)
            var yes = declined
            yes.answer(.yes)
            #expect(yes.answers.contexts[context] == true)
            #expect(
                yes.diagnosis.causes != declined.diagnosis.causes || yes.diagnosis.fixes != declined.diagnosis.fixes,
                "\(context)")
            #expect(!yes.diagnosis.causes.isEmpty, "a yes to \(context) leaves a diagnosis")
            let before = declined.diagnosis
            declined.answer(.no)
            #expect(declined.answers.contexts[context] == false)
            // A "no" moves the causes whose likelihood of the context differs from its prior; for the others it
            // confirms the ranking as it stands.
            if declined.diagnosis.causes != before.causes { noesThatMoved += 1 }
            asked += 1
        }
        #expect(asked >= 2)
        #expect(noesThatMoved >= 1, "no 'no' moved the ranking")
    }

    @Test("the setup question: yes makes 'setup in progress' the top cause")
    func setupQuestion() throws {
        var session = try GuidedDiagnosis("flashing red", device: "mini", diagnoser: Self.diagnoser)
        #expect(session.diagnosis.topCause?.id == "network-offline")
        var seen: [ObservationContext?] = []
        while let question = session.question, question.context != .setup {
            seen.append(question.context)
            session.answer(.no)
        }
        #expect(session.question?.context == .setup, "asked \(seen) and never about setup")
        #expect(session.question?.text == "Is the device being set up (or added to the app) right now?")
        session.answer(.yes)
        #expect(session.diagnosis.topCause?.id == "setup-in-progress")
        #expect(session.diagnosis.observation == "flashing red (setup)")
        // Then the light: red flashing during setup is normal for two minutes at most.
        let light = try #require(session.question)
        #expect(light.kind == .light && light.id == "red-flash-over-two-minutes")
        session.answer(.no, for: light)
        #expect(session.diagnosis.topCause?.id == "setup-in-progress")
        #expect(session.exchanges.last?.choice == "no")
        #expect(session.isSettled)
    }

    @Test("skip keeps the ranking; no and skip are not asked again; the questions run out")
    func noAndSkip() throws {
        for answer in [GuidedDiagnosis.Answer.no, .skip] {
            var session = try GuidedDiagnosis("flashing red", device: "mini", diagnoser: Self.diagnoser)
            let ranking = session.diagnosis.causes
            var asked: [ObservationContext] = []
            while let question = session.question, asked.count <= ObservationContext.allCases.count {
                let context = try #require(question.context)
                #expect(!asked.contains(context), "\(context) asked twice")
                asked.append(context)
                session.answer(answer)
                if answer == .skip { #expect(session.diagnosis.causes == ranking) }
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
        #expect(question.text == Self.diagnoser.catalog.question(for: try #require(question.context)))
        session.answer(.yes)
        #expect(!session.diagnosis.causes.isEmpty)
    }

    @Test("a clear diagnosis asks nothing")
    func settledAtOnce() throws {
        let session = try GuidedDiagnosis("red x6 after blue", device: "outdoor-4", diagnoser: Self.diagnoser)
        #expect(session.isSettled)
        #expect(session.diagnosis.topCause?.id == "low-battery")
    }

    @Test(
        "answers people type",
        arguments: [
            ("y", GuidedDiagnosis.Answer.yes), ("Yes", .yes), ("YES!", .yes), ("yep", .yes), ("n", .no), ("No.", .no),
            ("nope", .no),
            ("skip", .skip), ("s", .skip), ("?", .skip), ("don't know", .skip), ("I don't know", .skip),
            ("not sure", .skip),
        ])
    func replies(_ reply: String, _ answer: GuidedDiagnosis.Answer) {
        #expect(GuidedDiagnosis.Answer(reply: reply) == answer)
    }

    @Test("replies that are not answers", arguments: ["maybe", "", "yesno", "42"])
    func notReplies(_ reply: String) {
        #expect(GuidedDiagnosis.Answer(reply: reply) == nil)
    }
}
