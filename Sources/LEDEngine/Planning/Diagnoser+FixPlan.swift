import LEDCore

/// The fix plan of a ranking: the catalog's fixes for the ranked causes, ordered by ``FixPlanner``.
extension Diagnoser {
    /// The fix plan over ranked causes, leaving out the `unavailable` fixes (sorted indices into
    /// `catalog.fixes`: tried already, or needing a context that does not hold); remembered, since it
    /// depends only on these, the device and the causes' confidences.
    func planFixes(for beliefs: [CauseBelief], device: String?, unavailable: [Int] = []) -> FixPlan {
        guard !beliefs.isEmpty else { return .empty }
        guard storage.memoises else { return makeFixPlan(for: beliefs, device: device, unavailable: unavailable) }
        let key = FixPlan.Key(device: device, beliefs: beliefs, unavailable: unavailable)
        if let known = storage.plans.value(for: key) { return known }
        let plan = makeFixPlan(for: beliefs, device: device, unavailable: unavailable)
        storage.plans.store(plan, for: key)
        return plan
    }

    /// The plan's fixes as a report shows them: each with its title, its steps for `device` and the
    /// causes it addresses. Made only for a diagnosis's own plan — the question planner weighs the
    /// hypothetical answers' plans by their expected cost and never reads their steps.
    func plannedFixes(_ plan: FixPlan, device: String?) -> [PlannedFix] {
        var fixes: [PlannedFix] = []
        fixes.reserveCapacity(plan.order.count)
        for (step, index) in plan.order.enumerated() {
            let candidate = plan.candidates[index]
            let fix = catalog.fixes[plan.fixOfCandidate[index]]
            let addressed = plan.beliefs.indices.filter { candidate.repairs[$0] > 0 }
                .map { catalog.causes[plan.beliefs[$0].cause].id }
            fixes.append(
                PlannedFix(
                    id: fix.id, title: fix.title, steps: fix.steps(for: device), minutes: candidate.cost,
                    destructive: fix.destructive,
                    causes: addressed, probability: Self.rounded(plan.probabilities[step])))
        }
        return fixes
    }

    private func makeFixPlan(for beliefs: [CauseBelief], device: String?, unavailable: [Int]) -> FixPlan {
        let total = beliefs.reduce(0) { $0 + $1.confidence }
        guard total > 0 else { return .empty }
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
                    candidates.append(
                        FixPlanner.Candidate(
                            id: catalog.fixes[link.fix].id, cost: storage.fixCosts[link.fix],
                            repairs: [Double](repeating: 0, count: beliefs.count)))
                }
                candidates[index].repairs[c] = max(candidates[index].repairs[c], link.probability)
            }
        }
        let plan = FixPlanner(exactLimit: policy.exactPlanLimit).plan(candidates, causes: probabilities)
        return FixPlan(
            beliefs: beliefs, candidates: candidates, fixOfCandidate: fixOfCandidate, order: plan.order,
            probabilities: plan.probabilities, expectedCost: plan.expectedCost)
    }
}
