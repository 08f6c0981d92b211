import LEDCore

/// Replays labelled observations as guided sessions with a simulated owner, and measures where the
/// sessions end: the top cause after the questions, and how many questions it took
/// (`leddiag evaluate --guided`).
///
/// The simulated owner answers a situation question "yes" when the row's labelled contexts hold the
/// context and "no" otherwise (a labelled row lists every context its text states), and a question
/// about the light with the one answer whose rewritten observation has the row's labelled events
/// ("don't know" when the facts leave it open: a light they do not mention was not necessarily off); a
/// row without labelled facts answers "don't know". Sessions stop when no question is worth asking, or after
/// ``questionLimit`` questions.
public struct GuidedEvaluation: Sendable {
    /// One question of a session and the simulated owner's answer.
    public struct Asked: Sendable, Hashable {
        /// What the question asked about.
        public var kind: DiagnosticQuestion.Kind
        /// The question's id: the context, or the question about the light.
        public var question: String
        /// The answer: `yes` or `no`, or the id of a choice about the light; nil for "don't know".
        public var answer: String?
    }

    /// How one row's session went.
    public struct Session: Sendable, Hashable {
        /// The row.
        public var row: LabelledObservation
        /// The top cause before any question, if any rule matched.
        public var before: String?
        /// The top cause after the last answer, if any rule matched.
        public var after: String?
        /// The questions asked, in order, with the simulated answers.
        public var asked: [Asked]

        /// Whether the top cause after the questions is one the row accepts (no cause for a row that expects none).
        public var isRight: Bool { accepts(after) }
        /// Whether the top cause before any question was one the row accepts.
        public var wasRight: Bool { accepts(before) }

        private func accepts(_ top: String?) -> Bool {
            row.expectedCauses.isEmpty ? top == nil : top.map(row.expectedCauses.contains) ?? false
        }
    }

    /// The diagnoser measured.
    public let diagnoser: Diagnoser
    /// The most questions one session may ask.
    public var questionLimit = 8

    /// Creates a guided evaluation of `diagnoser`.
    public init(diagnoser: Diagnoser) {
        self.diagnoser = diagnoser
    }

    /// Replays one row.
    public func replay(_ row: LabelledObservation) -> Session {
        guard var session = try? GuidedDiagnosis(row.text, device: row.device, diagnoser: diagnoser) else {
            return Session(row: row, before: nil, after: nil, asked: [])
        }
        let before = session.diagnosis.topCause?.id
        var asked: [Asked] = []
        while let question = session.question, asked.count < questionLimit {
            if let context = question.context {
                let answer: Bool? = row.facts.map { $0.contexts.contains(context) }
                asked.append(Asked(kind: .situation, question: question.id, answer: answer.map { $0 ? "yes" : "no" }))
                session.answer(answer.map { $0 ? .yes : .no } ?? .skip, for: question)
            } else {
                let choice = row.facts.flatMap { simulatedChoice(question, facts: $0, session: session) }
                asked.append(Asked(kind: .light, question: question.id, answer: choice))
                if let choice { session.answer(choice, for: question) } else { session.answer(.skip, for: question) }
            }
        }
        return Session(row: row, before: before, after: session.diagnosis.topCause?.id, asked: asked)
    }

    /// The answer to a question about the light that the row's labelled facts give: the one choice whose
    /// rewritten observation has the facts' events; nil ("don't know") when none or several do — the
    /// facts leave open what the question asks.
    private func simulatedChoice(
        _ asked: DiagnosticQuestion, facts: FactsPattern, session: GuidedDiagnosis
    ) -> String? {
        guard let question = diagnoser.catalog.lightQuestion(asked.id),
            let numbers = try? diagnoser.answers(session.answers),
            let current = try? diagnoser.answered(session.observation, by: session.answers, numbers).observation
        else { return nil }
        let fitting = question.choices.filter { choice in
            Diagnoser.refine(current, question: question, choice: choice).map { facts.matchesEvents(of: $0) } ?? false
        }
        return fitting.count == 1 ? fitting[0].id : nil
    }

    /// Replays every row.
    public func run(_ rows: [LabelledObservation]) -> [Session] { rows.map(replay) }
}
