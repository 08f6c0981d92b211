import LEDCore
import LEDSupport

extension Diagnoser {
    /// ``OwnerAnswers`` in numbers: the contexts answered "yes" and "no" as ``RuleTable`` bits, and the
    /// fixes tried without success as indices into `catalog.fixes`, sorted.
    struct Answers: Sendable, Hashable {
        /// Contexts answered "yes".
        var yes: UInt64 = 0
        /// Contexts answered "no".
        var no: UInt64 = 0
        /// Fixes tried without success, sorted, each once.
        var tried: [Int] = []

        /// No answer.
        static let none = Answers()

        /// Whether there is no answer.
        var isEmpty: Bool { yes == 0 && no == 0 && tried.isEmpty }

        /// These answers and one more about `context`.
        func adding(_ context: ObservationContext, _ holds: Bool) -> Answers {
            var answers = self
            let bit = RuleTable.contextBit(context)
            answers.yes = holds ? answers.yes | bit : answers.yes & ~bit
            answers.no = holds ? answers.no & ~bit : answers.no | bit
            return answers
        }
    }

    /// `owner`'s answers in numbers, or the first tried fix the catalog does not know.
    func answers(_ owner: OwnerAnswers) throws(DiagnoseError) -> Answers {
        var answers = Answers()
        for (context, holds) in owner.contexts { answers = answers.adding(context, holds) }
        var tried: Set<Int> = []
        for id in owner.triedFixes {
            guard let index = storage.fixIndex[id] else {
                throw .unknownFix(id, suggestion: EditDistance.nearest(to: id, in: catalog.fixes.map(\.id), maximum: 3))
            }
            tried.insert(index)
        }
        answers.tried = tried.sorted()
        return answers
    }

    /// `observation` with its contexts as answered: "yes" added, "no" removed.
    func applying(_ answers: Answers, to observation: Observation) -> Observation {
        guard answers.yes | answers.no != 0 else { return observation }
        var observation = observation
        for context in RuleTable.contexts(answers.yes) { observation.contexts.insert(context) }
        for context in RuleTable.contexts(answers.no) { observation.contexts.remove(context) }
        return observation
    }
}
