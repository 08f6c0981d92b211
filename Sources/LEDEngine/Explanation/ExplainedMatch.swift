/// A rule that matched an observation and passed its filters: what it matched and how it scored.
public struct ExplainedMatch: Sendable, Hashable {
    /// The rule's id.
    public var rule: String
    /// The cause it points at.
    public var cause: String
    /// The matched bytes of the canonical string (ASCII, so also its columns).
    public var span: Range<Int>
    /// The evidence the diagnosis holds for it: score, factors, explanation, sources.
    public var evidence: Evidence

    /// Creates a match.
    public init(rule: String, cause: String, span: Range<Int>, evidence: Evidence) {
        self.rule = rule
        self.cause = cause
        self.span = span
        self.evidence = evidence
    }

    /// The factors in the order `docs/ranking.md` multiplies them, with their values.
    public var factors: [(name: String, value: Double)] {
        ScoreFactors.multiplicationOrder.compactMap { name in evidence.factors[name].map { (name, $0) } }
    }
}
