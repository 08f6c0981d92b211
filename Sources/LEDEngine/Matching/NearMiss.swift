public import LEDCore

/// A rule that did not count for an observation but came close: its pattern matches but a filter left
/// it out, or its pattern got part of the way. A diagnosis lists the closest when nothing matched
/// (``Diagnosis/closest``); an explanation lists every one (``Explanation/nearMisses``).
public struct NearMiss: Sendable, Hashable, Codable {
    /// Why the rule did not count.
    public enum Reason: Sendable, Hashable, Codable {
        /// The pattern matches, but the rule is for other devices (listed, sorted).
        case device([String])
        /// The pattern matches, but a required context is missing or an excluded one present.
        case context(missing: [ObservationContext], present: [ObservationContext])
        /// The pattern got through `reached` bytes of the canonical string before it failed
        /// (the longest prefix, cut at a field or event boundary, on which PCRE2 reports a partial match).
        case partial(reached: Int)
    }

    /// The rule's id.
    public var rule: String
    /// The cause it points at.
    public var cause: String
    /// Why it did not count.
    public var reason: Reason
    /// The reason in the words of a diagnosis (`matches, but only applies to mini`); an explanation
    /// words it with ``detail(canonicalLength:)``.
    public var detail: String
    /// How far the pattern got, in bytes of the canonical string (for `partial`; the match end otherwise).
    public var reached: Int
    /// What the pattern matched when it matched (for `device` and `context`), in canonical bytes.
    public var span: Range<Int>?

    /// Creates a near miss; `canonicalLength` is the length of the string the rule was matched on.
    public init(rule: String, cause: String, reason: Reason, span: Range<Int>?, canonicalLength: Int) {
        self.rule = rule
        self.cause = cause
        self.reason = reason
        self.span = span
        switch reason {
        case .device(let devices):
            detail = "matches, but only applies to " + devices.joined(separator: ", ")
            reached = span?.upperBound ?? 0
        case .context(let missing, let present):
            var parts: [String] = []
            let missingNames = missing.map(\.rawValue).sorted().joined(separator: ", ")
            let presentNames = present.map(\.rawValue).sorted().joined(separator: ", ")
            if !missing.isEmpty { parts.append("needs context \(missingNames)") }
            if !present.isEmpty { parts.append("not for context \(presentNames)") }
            detail = "matches, but " + parts.joined(separator: " and ")
            reached = span?.upperBound ?? 0
        case .partial(let reached):
            detail = "the pattern got \(reached) of \(canonicalLength) bytes into the event string"
            self.reached = reached
        }
    }

    /// A short name of the reason: `device`, `context` or `partial` (the JSON's `reason`).
    public var reasonName: String {
        switch reason {
        case .device: return "device"
        case .context: return "context"
        case .partial: return "partial"
        }
    }

    /// The near miss with its offsets moved by `move` (into a longer string that holds the one the rule
    /// was matched on); the diagnosis's wording keeps the offsets it was written with.
    func moved(_ move: (Int) -> Int) -> NearMiss {
        var miss = self
        miss.reached = move(reached)
        miss.span = span.map { move($0.lowerBound)..<move($0.upperBound) }
        if case .partial(let reached) = reason { miss.reason = .partial(reached: move(reached)) }
        return miss
    }
}
