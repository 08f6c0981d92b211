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
    ///
    /// Remembered by what they are made from (``FixPlan/ListKey``): a batch's episodes share a few hundred
    /// plans, and a remembered list is handed out as the same array, which the batch's fix-list JSON cache
    /// then finds at once.
    func plannedFixes(_ plan: FixPlan, device: String?) -> [PlannedFix] {
        guard storage.memoises else { return makePlannedFixes(plan, device: device) }
        let key = FixPlan.ListKey(plan, device: device)
        if let known = storage.fixLists.value(for: key) { return known }
        let fixes = makePlannedFixes(plan, device: device)
        storage.fixLists.store(fixes, for: key)
        return fixes
    }

    private func makePlannedFixes(_ plan: FixPlan, device: String?) -> [PlannedFix] {
        var fixes: [PlannedFix] = []
        fixes.reserveCapacity(plan.order.count)
        let repairs = plan.repairs
        for (step, index) in plan.order.enumerated() {
            let fix = catalog.fixes[plan.fixOfCandidate[index]]
            let addressed = repairs.entries(index).filter { repairs.probabilities[$0] > 0 }
                .map { catalog.causes[plan.beliefs[repairs.causes[$0]].cause].id }
            fixes.append(
                PlannedFix(
                    id: fix.id, title: fix.title, steps: fix.steps(for: device), minutes: repairs.costs[index],
                    destructive: fix.destructive,
                    causes: addressed, probability: Self.rounded(plan.probabilities[step])))
        }
        return fixes
    }

    private func makeFixPlan(for beliefs: [CauseBelief], device: String?, unavailable: [Int]) -> FixPlan {
        let total = beliefs.reduce(0) { $0 + $1.confidence }
        guard total > 0 else { return .empty }
        let probabilities = beliefs.map { $0.confidence / total }
        // Each fix of a ranked cause, not left out, is a candidate (in the order the causes first name it),
        // repairing each of its causes with the most probable of its links to it.
        let linkCount = beliefs.reduce(0) { $0 + storage.causeFixes[$1.cause].count }
        var fixOfCandidate: [Int] = []
        fixOfCandidate.reserveCapacity(linkCount)
        var links: [(candidate: Int, cause: Int, probability: Double)] = []
        links.reserveCapacity(linkCount)
        for (c, belief) in beliefs.enumerated() {
            for link in storage.causeFixes[belief.cause] where !unavailable.contains(link.fix) {
                let index: Int
                if let existing = fixOfCandidate.firstIndex(of: link.fix) {
                    index = existing
                } else {
                    index = fixOfCandidate.count
                    fixOfCandidate.append(link.fix)
                }
                links.append((index, c, link.probability))
            }
        }
        // Per candidate, its links in cause order (the causes were walked in order): one entry per cause,
        // max(0, its links' probabilities), left out when 0 (``FixPlanner/Repairs``).
        var starts = [Int](repeating: 0, count: fixOfCandidate.count + 1)
        for link in links { starts[link.candidate + 1] += 1 }
        for candidate in fixOfCandidate.indices { starts[candidate + 1] += starts[candidate] }
        var next = starts
        var sorted = [Int](repeating: 0, count: links.count)  // the links by candidate, each's in cause order
        for (position, link) in links.enumerated() {
            sorted[next[link.candidate]] = position
            next[link.candidate] += 1
        }
        var repairs = FixPlanner.Repairs(reservingCandidates: fixOfCandidate.count, entries: links.count)
        for candidate in fixOfCandidate.indices {
            var at = starts[candidate]
            while at < starts[candidate + 1] {
                let cause = links[sorted[at]].cause
                var probability = 0.0
                while at < starts[candidate + 1], links[sorted[at]].cause == cause {
                    probability = max(probability, links[sorted[at]].probability)
                    at += 1
                }
                if probability != 0 {
                    repairs.causes.append(cause)
                    repairs.probabilities.append(probability)
                }
            }
            repairs.close(cost: storage.fixCosts[fixOfCandidate[candidate]])
        }
        let plan = FixPlanner(exactLimit: policy.exactPlanLimit).plan(repairs, causes: probabilities)
        return FixPlan(
            beliefs: beliefs, repairs: repairs, fixOfCandidate: fixOfCandidate, order: plan.order,
            probabilities: plan.probabilities, expectedCost: plan.expectedCost)
    }
}
