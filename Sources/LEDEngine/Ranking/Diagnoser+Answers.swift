import LEDCore
import LEDSupport

extension Diagnoser {
    /// ``OwnerAnswers`` in numbers: the contexts answered "yes" and "no" as ``RuleTable`` bits, the
    /// fixes tried without success as indices into `catalog.fixes`, sorted, and the questions about the
    /// light answered as indices into `catalog.lightQuestions`, sorted (their answers are applied to the
    /// observation itself, ``applying(light:to:)``).
    struct Answers: Sendable, Hashable {
        /// Contexts answered "yes".
        var yes: UInt64 = 0
        /// Contexts answered "no".
        var no: UInt64 = 0
        /// Fixes tried without success, sorted, each once.
        var tried: [Int] = []
        /// Questions about the light answered, sorted, each once.
        var light: [Int] = []

        /// No answer.
        static let none = Answers()

        /// Whether there is no answer to weigh (answers about the light change the observation instead).
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

    /// `owner`'s answers in numbers, or the first tried fix or light answer the catalog does not know.
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
        var light: Set<Int> = []
        for answer in owner.light { light.insert(try lightChoice(answer).question) }
        answers.light = light.sorted()
        return answers
    }

    /// The question (an index into `catalog.lightQuestions`) and choice `answer` names, or why not.
    func lightChoice(_ answer: OwnerAnswers.LightAnswer) throws(DiagnoseError) -> (question: Int, choice: Int) {
        let questions = catalog.lightQuestions
        guard let index = questions.firstIndex(where: { $0.id == answer.question }) else {
            throw .unknownLightAnswer(question: answer.question, answer: nil, choices: questions.map(\.id))
        }
        guard let choice = questions[index].choices.firstIndex(where: { $0.id == answer.answer }) else {
            throw .unknownLightAnswer(
                question: answer.question, answer: answer.answer, choices: questions[index].choices.map(\.id))
        }
        return (index, choice)
    }

    /// `observation` with the owner's answers about the light applied in the order given, each to the
    /// observation as the ones before left it: the question's pattern found in the events and rewritten
    /// as the answer says, and the result read again. Also the ids of the questions whose answer did
    /// not apply (not asked of the device, the pattern did not match, or the rewrite did not read as a
    /// canonical string).
    func applying(
        light answers: [OwnerAnswers.LightAnswer], to observation: Observation
    ) throws(DiagnoseError) -> (observation: Observation, unused: [String]) {
        var observation = observation
        var unused: [String] = []
        for answer in answers {
            let (index, choice) = try lightChoice(answer)
            let question = catalog.lightQuestions[index]
            if let refined = Self.refine(observation, question: question, choice: question.choices[choice]) {
                observation = refined
            } else {
                unused.append(question.id)
            }
        }
        return (observation, unused)
    }

    /// `observation` as the owner answered it: the contexts of `answers` (``answers(_:)`` of `owner`)
    /// first — a question about the light may be asked only in a situation — then `owner`'s answers about
    /// the light; also the questions whose answer did not apply.
    func answered(
        _ observation: Observation, by owner: OwnerAnswers, _ answers: Answers
    ) throws(DiagnoseError) -> (observation: Observation, unused: [String]) {
        try applying(light: owner.light, to: applying(answers, to: observation))
    }

    /// `observation` as `choice` of `question` rewrites it; nil when the question does not apply.
    static func refine(
        _ observation: Observation, question: LightQuestion, choice: LightQuestion.Choice
    ) -> Observation? {
        guard question.applies(to: observation.device) else { return nil }
        let canonical = Array(CanonicalWriter.string(for: observation).utf8)
        guard let rewritten = question.answering(choice, in: canonical) else { return nil }
        if rewritten == canonical { return observation }
        return try? CanonicalReader.observation(from: String(decoding: rewritten, as: UTF8.self))
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
