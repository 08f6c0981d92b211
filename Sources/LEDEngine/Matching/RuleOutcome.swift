public import LEDCore
public import PCRE2

/// What one rule made of one observation: matched (with its score), filtered out, no match, or
/// skipped because PCRE2 stopped it. ``Diagnoser/evaluate(_:)`` returns one per rule, for `explain`.
public struct RuleOutcome: Sendable {
    /// The verdict.
    public enum Verdict: Sendable {
        /// The pattern matched and the filters passed.
        case matched(Match, Evidence)
        /// The rule is for other devices (the match, if the pattern matches anyway).
        case wrongDevice(Match?)
        /// A required context is missing or an excluded one present (the match, if any).
        case wrongContext(Match?, missing: Set<ObservationContext>, present: Set<ObservationContext>)
        /// The pattern did not match; `reached` is how far a partial match got, in bytes, if at all.
        case noMatch(reached: Int?)
        /// PCRE2 stopped the match (a limit); the rule was skipped.
        case skipped(PCRE2Error)
    }

    /// The rule.
    public var rule: Rule
    /// What happened.
    public var verdict: Verdict
}
