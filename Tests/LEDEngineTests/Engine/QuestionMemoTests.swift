import LEDCore
import Testing

@testable import LEDEngine

/// The question planner remembers its choice by the rules' hits with and without each answer. A key
/// that left out something the choice depends on would hand one observation another's question;
/// then the questions would depend on the order observations are diagnosed in.
@Suite("Question memo")
struct QuestionMemoTests {
    /// Every catalog example, on its device, as observations.
    static func examples(_ diagnoser: Diagnoser) -> [Observation] {
        var observations: [Observation] = []
        for rule in diagnoser.catalog.rules {
            for example in rule.matchExamples + rule.noMatchExamples {
                if let observation = try? diagnoser.read(example.text, device: example.device) {
                    observations.append(observation)
                }
            }
        }
        return observations
    }

    @Test("questions do not depend on the order observations are diagnosed in")
    func orderIndependent() throws {
        let forward = try Diagnoser.builtin()
        let backward = try Diagnoser.builtin()
        let observations = Self.examples(forward)
        let asked = observations.map { forward.diagnose($0).question }
        let askedBackward = Array(observations.reversed().map { backward.diagnose($0).question }.reversed())
        #expect(asked.compactMap { $0 }.count >= 10, "too few examples with a question to compare")
        for index in observations.indices {
            #expect(asked[index] == askedBackward[index], "\(observations[index].canonical)")
        }
    }

    @Test("a question left out (already answered) is not served from the memo of the full set")
    func excludingAnswered() throws {
        let warm = try Diagnoser.builtin()
        for observation in Self.examples(warm) {
            guard let first = warm.diagnose(observation).question, let context = first.context else { continue }
            let next = try warm.nextQuestion(for: observation, excluding: [context])
            #expect(next?.context != context, "\(observation.canonical)")
            let cold = try Diagnoser.builtin().nextQuestion(for: observation, excluding: [context])
            #expect(next == cold, "\(observation.canonical)")
        }
    }
}
