/// A cause with its confidence and the evidence for it.
public struct RankedCause: Sendable, Hashable, Codable {
    /// The cause id.
    public var id: String
    /// Its title.
    public var title: String
    /// How serious it is.
    public var severity: Severity
    /// Confidence in 0…1; confidences of one diagnosis sum to at most 1.
    public var confidence: Double
    /// For normal causes: what to expect next.
    public var expect: String?
    /// The rules that point at it, strongest first.
    public var evidence: [Evidence]
}
