/// How one cause's confidence follows from its rules' scores (`docs/ranking.md`, section 3):
/// noisy-OR of the scores, scaled when the supports add up to more than `1 − leak` (so that "something
/// else" keeps the leak), then rounded down to four decimals.
public struct CauseArithmetic: Sendable, Hashable {
    /// The cause's id.
    public var cause: String
    /// The scores of the rules pointing at it, strongest first, with the rules' ids.
    public var scores: [(rule: String, score: Double)]
    /// `1 − Π (1 − score)`.
    public var support: Double
    /// The divisor applied (the sum of all supports ÷ (1 − leak)), or nil when the supports sum to at
    /// most `1 − leak`.
    public var scaledBy: Double?
    /// The confidence the diagnosis reports.
    public var confidence: Double

    /// Creates the arithmetic of one cause.
    public init(
        cause: String, scores: [(rule: String, score: Double)], support: Double, scaledBy: Double?, confidence: Double
    ) {
        self.cause = cause
        self.scores = scores
        self.support = support
        self.scaledBy = scaledBy
        self.confidence = confidence
    }

    /// Causes compare by every number and rule id.
    public static func == (lhs: CauseArithmetic, rhs: CauseArithmetic) -> Bool {
        lhs.cause == rhs.cause && lhs.scores.map(\.rule) == rhs.scores.map(\.rule)
            && lhs.scores.map(\.score) == rhs.scores.map(\.score)
            && lhs.support == rhs.support && lhs.scaledBy == rhs.scaledBy && lhs.confidence == rhs.confidence
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(cause)
        hasher.combine(scores.map(\.rule))
        hasher.combine(scores.map(\.score))
        hasher.combine(support)
        hasher.combine(scaledBy)
        hasher.combine(confidence)
    }
}
