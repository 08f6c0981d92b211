/// The numbers behind the ranking and the fix plan, in one place (`docs/ranking.md` explains them).
public struct RankingPolicy: Sendable, Hashable, Codable {
    /// Multiplier for a rule whose best source is Blink's own chart.
    public var officialTier: Double = 1.0
    /// Multiplier for a rule whose sources are guides only.
    public var guideTier: Double = 0.85
    /// Multiplier for an experimental rule.
    public var experimental: Double = 0.8
    /// Specificity factor for a match that explains none of the events (it grows linearly to 1 for all of them).
    public var minimumSpecificity: Double = 0.6
    /// Device factor: the rule names the observed device.
    public var deviceNamed: Double = 1.0
    /// Device factor: the rule applies to every device.
    public var deviceGeneric: Double = 0.9
    /// Device factor: the rule is for particular devices and the device is unknown.
    public var deviceUnknown: Double = 0.75
    /// Context factor: the rule requires contexts, and the observation has them all.
    public var contextsAgree: Double = 1.15
    /// The least belief left for "something the catalog does not know" (the leak): confidences sum
    /// to at most `1 − leak`, so that answers that contradict every cause can say "none of these".
    public var leak: Double = 0.05
    /// P(yes | cause) for a context that every rule of the cause requires, where the catalog gives none.
    public var contextRequired: Double = 0.9
    /// P(yes | cause) for a context that every rule of the cause excludes, where the catalog gives none.
    public var contextExcluded: Double = 0.1
    /// No single rule scores above this.
    public var maximumRuleScore: Double = 0.99
    /// The cost of doing setup again after a destructive fix, in minutes.
    public var setupMinutes: Double = 20
    /// Fix plans up to this many fixes are ordered exactly (dynamic programming over subsets);
    /// longer ones greedily by P(works | earlier fixes failed) / cost.
    public var exactPlanLimit: Int = 8
    /// Leading causes closer than this (in confidence) are "close": worth a question.
    public var closeCauses: Double = 0.25
    /// What asking a question costs, in minutes: ask only when the answer is expected to save more.
    public var questionMinutes: Double = 0.5

    /// The documented defaults.
    public static let `default` = RankingPolicy()

    /// Creates the default policy; change fields to tune it.
    public init() {}

    /// The multiplier for a source tier.
    public func factor(for tier: SourceTier) -> Double { tier == .official ? officialTier : guideTier }
}
