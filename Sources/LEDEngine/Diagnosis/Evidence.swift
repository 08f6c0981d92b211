/// One rule's support for a cause: what matched, where, and why it matters.
public struct Evidence: Sendable, Hashable, Codable {
    /// The rule's id.
    public var rule: String
    /// The matched byte range of the canonical string, `[start, end]`.
    public var span: [Int]
    /// Captured groups: numbered groups by number ("1", "2", …) and named groups by name.
    public var groups: [String: String]
    /// The rule's explanation sentence.
    public var explanation: String
    /// Where the rule's facts come from.
    public var sources: [SourceReference]
    /// The rule's score in 0…1 (weight × tier × specificity × device × context factors).
    public var score: Double
    /// The factors that make up `score`, for `leddiag explain`.
    public var factors: ScoreFactors
}
