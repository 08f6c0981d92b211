/// A rule that came close: it would have matched but for a filter, or its pattern got part of the way.
public struct NearMiss: Sendable, Hashable, Codable {
    /// Why a rule did not count.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// The pattern matched, but the rule is for other devices.
        case device
        /// The pattern matched, but a required context is missing or an excluded one present.
        case context
        /// The pattern matched part of the event string (PCRE2 partial matching).
        case partial
    }

    /// The rule id.
    public var rule: String
    /// The cause it points at.
    public var cause: String
    /// Why it did not count.
    public var reason: Reason
    /// In words.
    public var detail: String
    /// How far the pattern got, in bytes of the canonical string (for `partial`; the match end otherwise).
    public var reached: Int
}
