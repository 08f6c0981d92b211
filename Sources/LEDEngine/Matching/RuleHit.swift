import PCRE2

/// A rule that matched an observation, in numbers: which rule, where, and the score it adds to its
/// cause. ``Evidence`` is made from it only for the causes a diagnosis reports.
struct RuleHit: Sendable {
    /// The rule's index in `catalog.rules`.
    var rule: Int
    /// Where the pattern matched, with its groups.
    var match: Match
    /// The share of the event string the match covers, scaled into the policy's specificity range.
    var specificity: Double
    /// The rule's score, rounded as a diagnosis prints it (the ranking uses this value).
    var score: Double
}
