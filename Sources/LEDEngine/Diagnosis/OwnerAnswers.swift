public import LEDCore

/// What the owner said beyond the description: situations that hold or do not (answers to context
/// questions, `--yes`/`--no`), fixes tried without success (`--tried`), and what the light itself did
/// (answers to questions about the light). Each is evidence (`docs/ranking.md`, "Answers"):
///
/// - a "yes" adds the context to the observation (so the rules that need it run) and weighs each
///   cause by P(yes | cause); a "no" removes it and weighs by P(no | cause); an unanswered context
///   leaves the ranking alone;
/// - a fix tried without success lowers each cause it fixes by its success rate, and leaves the plan;
/// - a light answer rewrites the observation (``LightQuestion``) before it is diagnosed.
public struct OwnerAnswers: Sendable, Hashable {
    /// One answer to a question about the light.
    public struct LightAnswer: Sendable, Hashable {
        /// The question's id (`blue-before-red`).
        public var question: String
        /// The answer chosen, as the catalog words it (`yes`, `5-6`).
        public var answer: String

        /// Creates an answer.
        public init(question: String, answer: String) {
            (self.question, self.answer) = (question, answer)
        }
    }

    /// Contexts answered: `true` for "yes", `false` for "no". "Don't know" is not recorded.
    public var contexts: [ObservationContext: Bool]
    /// The fixes tried without success, by id, in the order they were tried.
    public var triedFixes: [String]
    /// Answers about the light, in the order given.
    public var light: [LightAnswer]

    /// Creates a set of answers.
    public init(
        contexts: [ObservationContext: Bool] = [:], triedFixes: [String] = [], light: [LightAnswer] = []
    ) {
        self.contexts = contexts
        self.triedFixes = triedFixes
        self.light = light
    }

    /// No answers at all.
    public static let none = OwnerAnswers()

    /// Whether nothing was answered.
    public var isEmpty: Bool { contexts.isEmpty && triedFixes.isEmpty && light.isEmpty }

    /// The contexts answered "yes", sorted.
    public var yes: [ObservationContext] { contexts.filter(\.value).keys.sorted() }
    /// The contexts answered "no", sorted.
    public var no: [ObservationContext] { contexts.filter { !$0.value }.keys.sorted() }
}
