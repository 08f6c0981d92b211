import LEDCore

/// The fix plan of a ranking: the catalog's fixes for the ranked causes, ordered by ``FixPlanner``.
extension Diagnoser {
    /// The fix plan over ranked causes, leaving out the `unavailable` fixes (sorted indices into
    /// `catalog.fixes`: tried already, or needing a context that does not hold); remembered, since it
    /// depends only on these, the device and the causes' confidences.
    func planFixes(for beliefs: [CauseBelief], device: String?, unavailable: [Int] = []) -> FixPlan {
        guard !beliefs.isEmpty else { return FixPlan(fixes: [], expectedCost: 0) }
        guard storage.memoises else { return makeFixPlan(for: beliefs, device: device, unavailable: unavailable) }
        let key = FixPlan.Key(device: device, beliefs: beliefs, unavailable: unavailable)
        if let known = storage.plans.value(for: key) { return known }
        let plan = makeFixPlan(for: beliefs, device: device, unavailable: unavailable)
        storage.plans.store(plan, for: key)
        return plan
    }

    private func makeFixPlan(for beliefs: [CauseBelief], device: String?, unavailable: [Int]) -> FixPlan {
        let total = beliefs.reduce(0) { $0 + $1.confidence }
        guard total > 0 else { return FixPlan(fixes: [], expectedCost: 0) }
        let probabilities = beliefs.map { $0.confidence / total }
        var fixOfCandidate: [Int] = []
        var candidates: [FixPlanner.Candidate] = []
        for (c, belief) in beliefs.enumerated() {
            for link in storage.causeFixes[belief.cause] where !unavailable.contains(link.fix) {
                let index: Int
                if let existing = fixOfCandidate.firstIndex(of: link.fix) {
                    index = existing
                } else {
                    index = candidates.count
                    fixOfCandidate.append(link.fix)
                    let fix = catalog.fixes[link.fix]
                    let cost = fix.minutes + (fix.destructive ? policy.setupMinutes : 0)
                    candidates.append(
                        FixPlanner.Candidate(
                            id: fix.id, cost: cost, repairs: [Double](repeating: 0, count: beliefs.count)))
                }
                candidates[index].repairs[c] = max(candidates[index].repairs[c], link.probability)
            }
        }
        let plan = FixPlanner(exactLimit: policy.exactPlanLimit).plan(candidates, causes: probabilities)
        var fixes: [PlannedFix] = []
        fixes.reserveCapacity(plan.order.count)
        for (step, index) in plan.order.enumerated() {
            let candidate = candidates[index]
            let fix = catalog.fixes[fixOfCandidate[index]]
            let addressed = beliefs.indices.filter { candidate.repairs[$0] > 0 }
                .map { catalog.causes[beliefs[$0].cause].id }
            fixes.append(
                PlannedFix(
                    id: fix.id, title: fix.title, steps: fix.steps(for: device), minutes: candidate.cost,
                    destructive: fix.destructive,
                    causes: addressed, probability: Self.rounded(plan.probabilities[step])))
        }
        return FixPlan(fixes: fixes, expectedCost: plan.expectedCost)
    }
}
