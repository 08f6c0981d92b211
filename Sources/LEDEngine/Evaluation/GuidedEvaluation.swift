public import LEDCore

/// Replays labelled observations as guided sessions with a simulated owner, and measures where the
/// sessions end: the top cause after the questions, and how many questions it took
/// (`leddiag evaluate --guided`).
///
/// The simulated owner answers a situation question "yes" when the row's labelled contexts hold the
/// context and "no" otherwise (a labelled row lists every context its text states); a row without
/// labelled facts answers "don't know". Sessions stop when no question is worth asking, or after
/// ``questionLimit`` questions.
public struct GuidedEvaluation: Sendable {
    /// How one row's session went.
    public struct Session: Sendable, Hashable {
        /// The row.
        public var row: LabelledObservation
        /// The top cause before any question, if any rule matched.
        public var before: String?
        /// The top cause after the last answer, if any rule matched.
        public var after: String?
        /// The contexts asked about, in order, with the simulated answers (nil: "don't know").
        public var asked: [(context: ObservationContext?, answer: Bool?)]

        /// Whether the top cause after the questions is one the row accepts (no cause for a row that expects none).
        public var isRight: Bool { accepts(after) }
        /// Whether the top cause before any question was one the row accepts.
        public var wasRight: Bool { accepts(before) }

        private func accepts(_ top: String?) -> Bool {
            row.expectedCauses.isEmpty ? top == nil : top.map(row.expectedCauses.contains) ?? false
        }

        /// Sessions compare by row, top causes and questions asked.
        public static func == (lhs: Session, rhs: Session) -> Bool {
            lhs.row == rhs.row && lhs.before == rhs.before && lhs.after == rhs.after
                && lhs.asked.map(\.context) == rhs.asked.map(\.context)
                && lhs.asked.map(\.answer) == rhs.asked.map(\.answer)
        }

        /// Hashes what `==` compares.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(row)
            hasher.combine(before)
            hasher.combine(after)
            hasher.combine(asked.map(\.context))
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
        var asked: [(context: ObservationContext?, answer: Bool?)] = []
        while let question = session.question, asked.count < questionLimit {
            let answer: Bool? = row.facts.flatMap { facts in question.context.map(facts.contexts.contains) }
            asked.append((question.context, answer))
            session.answer(answer.map { $0 ? .yes : .no } ?? .skip, for: question)
        }
        return Session(row: row, before: before, after: session.diagnosis.topCause?.id, asked: asked)
    }

    /// Replays every row.
    public func run(_ rows: [LabelledObservation]) -> [Session] { rows.map(replay) }
}
