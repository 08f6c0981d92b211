import PCRE2

/// What one matcher pass over the catalog's rules found for one observation, in numbers, in catalog
/// order: the scoring, the near misses, the explanation and the question planner all read it
/// instead of matching again.
///
/// A pass over the rules that apply (the hot path of a diagnosis) fills `hits` and `skipped`; a
/// pass over every rule (``Diagnoser/completeOutcomes(_:of:bytes:)``, which matches only the rules
/// not matched yet) adds `unmatched` and `filtered`.
struct RuleOutcomes: Sendable {
    /// Why the filters leave a rule out.
    enum Filter: Sendable, Equatable {
        /// The rule is for other devices.
        case device
        /// A required context is missing or an excluded one present.
        case context
    }

    /// A rule the filters leave out, with what its pattern made of the string anyway.
    struct Filtered: Sendable {
        /// The rule's index in `catalog.rules`.
        var rule: Int
        /// Why it is left out.
        var filter: Filter
        /// The pattern's match, if it matches; the error when PCRE2 stopped it.
        var match: Result<Match?, PCRE2Error>
    }

    /// The rules that apply and matched.
    var hits: [RuleHit] = []
    /// The rules that apply and were skipped because they tripped a PCRE2 limit.
    var skipped: [(rule: Int, error: PCRE2Error)] = []
    /// The rules that apply and did not match (only once every rule is covered).
    var unmatched: [Int] = []
    /// The rules the filters leave out (only once every rule is covered).
    var filtered: [Filtered] = []
    /// Whether the pass covered every rule, or only those that apply.
    var coversEveryRule = false
    /// The rules the prefilter let through for this string (`nil` without a prefilter): a pass over the
    /// rest of the rules, or the question planner, reads it instead of scanning the string again.
    var candidates: RulePrefilter.Candidates?
}
