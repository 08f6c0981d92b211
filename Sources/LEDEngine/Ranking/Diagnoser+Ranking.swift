import LEDCore

/// The ranking in numbers (`docs/ranking.md`): the matcher's hits combined by noisy-OR per cause,
/// scaled so that "something else" keeps at least the leak, weighed by the owner's answers (Bayes'
/// rule), and the fix plan — without the strings of a report, so that the question planner can
/// weigh hypothetical answers cheaply.
extension Diagnoser {
    /// Scores `observation` (its answered contexts already applied), whose canonical string is `bytes`
    /// laid out as `layout`, weighing `answers`.
    func score(
        _ observation: Observation, bytes: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout,
        answers: Answers = .none
    ) -> RuleScoring {
        let outcomes = matchRules(observation, bytes: bytes, layout: layout)
        let ranking = ranking(of: outcomes.hits, for: observation, answers: answers)
        return RuleScoring(outcomes: outcomes, beliefs: ranking.beliefs, plan: ranking.plan)
    }

    /// Scores `observation`, whose canonical string is `canonical`.
    func score(_ observation: Observation, canonical: String) -> RuleScoring {
        let layout = CanonicalLayout(of: canonical)
        var canonical = canonical
        return canonical.withUTF8 { score(observation, bytes: $0, layout: layout) }
    }

    /// Combines each cause's hits by noisy-OR, leaves out the causes the device cannot have, scales
    /// so that confidences sum to at most `1 − leak`, and weighs the answers. Ranked by confidence
    /// (highest first), then cause id.
    func rank(_ hits: [RuleHit], device: String?, answers: Answers = .none) -> [CauseBelief] {
        rank(grouping(hits, device: device), answers: answers)
    }

    /// ``rank(_:device:answers:)`` of `hits` from their ``grouping(_:device:)`` on the device: the answers
    /// weighed, the confidences rounded, the causes ranked. (The question planner weighs several answers
    /// with the same hits: their grouping is made once.)
    func rank(_ grouping: [CauseBelief], answers: Answers) -> [CauseBelief] {
        var beliefs = grouping
        if !answers.isEmpty { weigh(&beliefs, by: answers) }
        // Rounded down, so that the confidences still sum to at most 1 − leak… or 1 after answers.
        for index in beliefs.indices {
            beliefs[index].confidence = (beliefs[index].confidence * 10_000).rounded(.down) / 10_000
        }
        sortByConfidence(&beliefs)
        return beliefs
    }

    /// The first half of ``rank(_:device:answers:)``, which reads no answer: the hits grouped by cause (in
    /// the order the causes first hit, each cause's hits strongest first), their noisy-OR, and the
    /// confidences scaled so that they sum to at most `1 − leak`, not yet rounded.
    func grouping(_ hits: [RuleHit], device: String?) -> [CauseBelief] {
        let key = rules.key(forDevice: device)
        // Each hit's belief (the causes in the order they first hit: a handful at most, so a linear search
        // beats a table per call), and how many hits each has.
        var slots = [Int](repeating: -1, count: hits.count)
        var causes: [Int] = []
        causes.reserveCapacity(min(hits.count, 16))
        var counts: [Int] = []
        counts.reserveCapacity(min(hits.count, 16))
        for (index, hit) in hits.enumerated() {
            let cause = rules.cause[hit.rule]
            guard cause >= 0, rules.causeFits(cause, key) else { continue }
            if let slot = causes.firstIndex(of: cause) {
                slots[index] = slot
                counts[slot] += 1
            } else {
                slots[index] = causes.count
                causes.append(cause)
                counts.append(1)
            }
        }
        // The beliefs' hits side by side in one array, each belief's by score (highest first), then rule
        // id: each put where it goes among those of its belief before it (a few apiece; the order is
        // total, so any sort gives it). Then one list per belief.
        var starts = [Int](repeating: 0, count: causes.count + 1)
        for slot in causes.indices { starts[slot + 1] = starts[slot] + counts[slot] }
        var ends = starts
        var sorted = [Int](repeating: 0, count: starts[causes.count])
        let ruleOrder = rules.ruleOrder
        for (index, slot) in slots.enumerated() where slot >= 0 {
            let score = hits[index].score
            let order = ruleOrder[hits[index].rule]
            var at = ends[slot]
            while at > starts[slot] {
                let before = sorted[at - 1]
                let goesFirst =
                    hits[before].score != score ? score > hits[before].score : order < ruleOrder[hits[before].rule]
                guard goesFirst else { break }
                sorted[at] = before
                at -= 1
            }
            sorted[at] = index
            ends[slot] += 1
        }
        var beliefs: [CauseBelief] = []
        beliefs.reserveCapacity(causes.count)
        var total = 0.0
        for (slot, cause) in causes.enumerated() {
            let list = Array(sorted[starts[slot]..<starts[slot + 1]])
            let support = 1 - list.reduce(1) { $0 * (1 - hits[$1].score) }
            beliefs.append(CauseBelief(cause: cause, confidence: 0, hits: list, support: support))
            total += support
        }
        let room = 1 - policy.leak
        let scale = total > room ? room / total : 1
        for index in beliefs.indices { beliefs[index].confidence = beliefs[index].support * scale }
        return beliefs
    }

    /// Bayes' rule over the ranked causes and "something else": each cause's confidence times
    /// P(answer | cause) for every context answered and (1 − q) for every fix tried that fixes it
    /// with probability q; "something else" times P(answer) (the context's prior) and untouched by
    /// fixes; then all divided by their sum.
    private func weigh(_ beliefs: inout [CauseBelief], by answers: Answers) {
        let likelihoods = storage.likelihoods
        var other = max(0, 1 - beliefs.reduce(0) { $0 + $1.confidence })
        let answered = RuleTable.contexts(answers.yes | answers.no).map {
            (index: RuleTable.contextIndex($0), holds: answers.yes & RuleTable.contextBit($0) != 0)
        }
        for context in answered {
            let prior = likelihoods.priors[context.index]
            other *= context.holds ? prior : 1 - prior
        }
        var total = other
        for index in beliefs.indices {
            let cause = beliefs[index].cause
            var factor = 1.0
            for context in answered {
                let yes = likelihoods.yes(cause, context.index)
                factor *= context.holds ? yes : 1 - yes
            }
            for link in storage.causeFixes[cause] where answers.tried.contains(link.fix) {
                factor *= 1 - link.probability
            }
            beliefs[index].confidence *= factor
            total += beliefs[index].confidence
        }
        guard total > 0 else { return }
        for index in beliefs.indices { beliefs[index].confidence /= total }
    }

    /// The fixes not to plan: those tried already, and those that need a context that does not hold
    /// (stated, answered "yes", or true of every such device), as sorted indices into `catalog.fixes`.
    func unavailableFixes(_ observation: Observation, answers: Answers) -> [Int] {
        guard !storage.conditionalFixes.isEmpty else { return answers.tried }
        let device = rules.contexts(of: rules.key(forDevice: observation.device)).yes
        let holds = (RuleTable.bits(observation.contexts) | device) & ~answers.no
        var unavailable = answers.tried
        for (fix, requires) in storage.conditionalFixes where requires & ~holds != 0 && !unavailable.contains(fix) {
            unavailable.append(fix)
        }
        unavailable.sort()
        return unavailable
    }

    /// Sorts by confidence (highest first), then cause id.
    func sortByConfidence(_ beliefs: inout [CauseBelief]) {
        let causeOrder = rules.causeOrder
        beliefs.sort { a, b in
            a.confidence != b.confidence ? a.confidence > b.confidence : causeOrder[a.cause] < causeOrder[b.cause]
        }
    }
}
