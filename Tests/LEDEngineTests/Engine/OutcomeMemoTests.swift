import LEDCore
import Testing

@testable import LEDEngine

/// Rankings, fix plans and questions are remembered by ``MatchOutcome`` — the device, the stated
/// contexts, the answers and the hits' rules and scores. A key that left out something the ranking
/// reads would hand one observation the ranking of another with the same key: these tests diagnose
/// many variants of the catalog's examples that share hits but differ in each of those, one after
/// another on one memoised diagnoser, and compare every diagnosis with the reference path's, which ranks
/// each afresh. (Leaving the device, the stated contexts, the answers or the scores out of the key makes
/// `variantsMatchTheReference` fail.)
@Suite("Outcome memo")
struct OutcomeMemoTests {
    /// The catalog's examples on their devices, then each (every third, to stay quick) on every device and
    /// on none, stating each context, and with each context answered yes and no and its top cause's fixes tried.
    static func variants(_ diagnoser: Diagnoser) -> [(observation: Observation, answers: OwnerAnswers)] {
        let examples = QuestionMemoTests.examples(diagnoser)
        var variants = examples.map { ($0, OwnerAnswers.none) }
        let devices: [String?] = [nil] + diagnoser.catalog.devices.map(\.id)
        for (index, example) in examples.enumerated() where index % 3 == 0 {
            for device in devices where device != example.device {
                var moved = example
                moved.device = device
                variants.append((moved, .none))
            }
            for context in ObservationContext.allCases where !example.contexts.contains(context) {
                var stated = example
                stated.contexts.insert(context)
                variants.append((stated, .none))
                variants.append((example, OwnerAnswers(contexts: [context: true])))
                variants.append((example, OwnerAnswers(contexts: [context: false])))
            }
            let fixes = diagnoser.diagnose(example).fixes.map(\.id)
            for count in 1..<min(3, fixes.count + 1) {
                variants.append((example, OwnerAnswers(triedFixes: Array(fixes.prefix(count)))))
            }
        }
        return variants
    }

    @Test("a memoised diagnoser gives every variant the diagnosis the un-memoised one gives")
    func variantsMatchTheReference() throws {
        let catalog = try Catalog.builtin()
        let memoised = Diagnoser(catalog: catalog)
        let reference = Diagnoser(catalog: catalog, memo: false)
        let variants = Self.variants(reference)
        #expect(variants.count > 3_000)
        var outcomes: Set<MatchOutcome> = []
        var differing = 0
        for (observation, answers) in variants {
            let expected = try reference.diagnose(observation, answers: answers)
            let got = try memoised.diagnose(observation, answers: answers)
            if got.json() != expected.json() {
                differing += 1
                if differing <= 5 { Issue.record("\(observation.canonical) \(answers): the memo's diagnosis differs") }
            }
            let scoring = reference.score(observation, canonical: observation.canonical)
            outcomes.insert(
                MatchOutcome(
                    device: observation.device, stated: observation.contexts, hits: scoring.hits, answers: .none))
        }
        #expect(differing == 0)
        // Worth something only when many variants share an outcome.
        #expect(outcomes.count < variants.count / 2)
    }
}
