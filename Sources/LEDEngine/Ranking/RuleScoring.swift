import PCRE2

/// What the rules make of one observation, in numbers: the hits, the ranked causes, the rules that
/// tripped a PCRE2 limit, and the fix plan. The question planner weighs these without building the
/// diagnosis's reports; ``Diagnoser`` builds the reports from them.
struct RuleScoring: Sendable {
    /// The rules that matched and apply, in catalog order.
    var hits: [RuleHit]
    /// The causes, ranked.
    var beliefs: [CauseBelief]
    /// Rules skipped because they tripped a limit, in catalog order.
    var skipped: [(rule: Int, error: PCRE2Error)]
    /// The fix plan over `beliefs`.
    var plan: FixPlanResult
}
