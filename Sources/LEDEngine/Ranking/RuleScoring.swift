import PCRE2

/// What the rules make of one observation, in numbers: the matcher's outcomes, the ranked causes,
/// and the fix plan. The question planner weighs these without building the diagnosis's reports;
/// ``Diagnoser`` builds the reports from them.
struct RuleScoring: Sendable {
    /// What the matcher found.
    var outcomes: RuleOutcomes
    /// The causes, ranked.
    var beliefs: [CauseBelief]
    /// The fix plan over `beliefs`.
    var plan: Diagnoser.FixPlan

    /// The rules that matched and apply, in catalog order.
    var hits: [RuleHit] { outcomes.hits }
    /// Rules skipped because they tripped a limit, in catalog order.
    var skipped: [(rule: Int, error: PCRE2Error)] { outcomes.skipped }
}
