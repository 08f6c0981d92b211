import LEDCore

/// P(yes | cause) for every cause and context, and each context's P(yes) in general (its prior), in
/// numbers: what an answer to a context question weighs (`docs/ranking.md`, "Answers").
///
/// The catalog gives P(yes | cause) in a context's `given`. Where it does not, the rules decide: a
/// context that every rule of the cause requires gets ``RankingPolicy/contextRequired``, one that every
/// rule of the cause excludes gets ``RankingPolicy/contextExcluded``, and any other the context's
/// prior — the same as "something else", so that the answer does not move that cause. Built once per
/// ``Diagnoser``.
struct CauseLikelihoods: Sendable {
    /// `table[cause * contexts + context]` = P(yes | cause); contexts by ``RuleTable/contextIndex(_:)``.
    private let table: [Double]
    /// Per context: P(yes), the catalog's prior (0.5 for a context with no question).
    let priors: [Double]
    private let contexts: Int

    init(catalog: Catalog, rules: RuleTable, policy: RankingPolicy) {
        let all = ObservationContext.allCases
        contexts = all.count
        priors = all.map { catalog.contextQuestions[$0]?.prior ?? 0.5 }
        var table = [Double](repeating: 0.5, count: catalog.causes.count * all.count)
        // Each cause's rules, grouped in one pass over the rules.
        var rulesOf = [[Int]](repeating: [], count: catalog.causes.count)
        for (rule, cause) in rules.cause.enumerated() where cause >= 0 { rulesOf[cause].append(rule) }
        for (cause, entry) in catalog.causes.enumerated() {
            let own = rulesOf[cause]
            for (index, context) in all.enumerated() {
                let bit = RuleTable.contextBit(context)
                let value: Double
                if let given = catalog.contextQuestions[context]?.likelihoods[entry.id] {
                    value = given
                } else if !own.isEmpty, own.allSatisfy({ rules.required[$0] & bit != 0 }) {
                    value = policy.contextRequired
                } else if !own.isEmpty, own.allSatisfy({ rules.excluded[$0] & bit != 0 }) {
                    value = policy.contextExcluded
                } else {
                    value = priors[index]
                }
                table[cause * all.count + index] = value
            }
        }
        self.table = table
    }

    /// P(yes | cause) for the context at `context` (its ``RuleTable/contextIndex(_:)``).
    @inline(__always)
    func yes(_ cause: Int, _ context: Int) -> Double { table[cause * contexts + context] }

    /// Whether an answer about `context` moves `cause` against "something else".
    func moves(_ cause: Int, _ context: Int) -> Bool { abs(yes(cause, context) - priors[context]) > 1e-9 }
}
