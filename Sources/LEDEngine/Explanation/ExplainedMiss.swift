public import LEDCore

/// A rule that did not count for an observation but came close.

public struct ExplainedMiss: Sendable, Hashable {
    /// Why it did not count.
    public enum Reason: Sendable, Hashable {
        /// The pattern matches, but the rule is for other devices (listed).
        case device([String])
        /// The pattern matches, but a required context is missing or an excluded one present.
        case context(missing: [ObservationContext], present: [ObservationContext])
        /// The pattern got through `reached` bytes of the canonical string before it failed
        /// (the longest prefix on which PCRE2 reports a partial match).
        case partial(reached: Int)
    }

    /// The rule's id.
    public var rule: String
    /// The cause it points at.
    public var cause: String
    /// Why it did not count.
    public var reason: Reason
    /// What the pattern matched when it matched (for `device` and `context`), in canonical bytes.
    public var span: Range<Int>?

    /// Creates a near miss.
    public init(rule: String, cause: String, reason: Reason, span: Range<Int>?) {
        self.rule = rule
        self.cause = cause
        self.reason = reason
        self.span = span
    }

    /// The reason in words: "only for mini, mini-2", "needs context setup", "the pattern got 36 of 41 bytes".
    public func detail(canonicalLength: Int) -> String {
        switch reason {
        case .device(let devices):
            return "matches, but the rule is only for " + devices.joined(separator: ", ")
        case .context(let missing, let present):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("needs context " + missing.map(\.rawValue).joined(separator: ", ")) }
            if !present.isEmpty { parts.append("is not for context " + present.map(\.rawValue).joined(separator: ", ")) }
            return "matches, but " + parts.joined(separator: " and ")
        case .partial(let reached):
            if reached >= canonicalLength { return "the pattern got through all \(canonicalLength) bytes and wants more events" }
            return "the pattern got through \(reached) of \(canonicalLength) bytes, then failed"
        }
    }

    /// A short name of the reason: `device`, `context` or `partial` (as in ``NearMiss/Reason``).
    public var reasonName: String {
        switch reason {
        case .device: return "device"
        case .context: return "context"
        case .partial: return "partial"
        }
    }
}
