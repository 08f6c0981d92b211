import LEDCore

/// The ranking in numbers (`docs/ranking.md`): the matcher's hits combined by noisy-OR per cause,
/// confidences scaled to sum to at most 1, and the fix plan — without the strings of a report, so that
/// the question planner can weigh hypothetical answers cheaply.
extension Diagnoser {
    /// Scores `observation`, whose canonical string is `bytes` laid out as `layout`.
    func score(_ observation: Observation, bytes: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout) -> RuleScoring {
        let outcomes = matchRules(observation, bytes: bytes, layout: layout)
        let beliefs = rank(outcomes.hits)
        let plan = planFixes(for: beliefs, device: observation.device)
        return RuleScoring(outcomes: outcomes, beliefs: beliefs, plan: plan)
    }

    /// Scores `observation`, whose canonical string is `canonical`.
    func score(_ observation: Observation, canonical: String) -> RuleScoring {
        let layout = CanonicalLayout(of: canonical)
        var canonical = canonical
        return canonical.withUTF8 { score(observation, bytes: $0, layout: layout) }
    }

    /// Combines each cause's hits by noisy-OR and scales so that confidences sum to at most 1.
    /// Causes come in the order of their first hit, then by confidence (highest first), then id.
    func rank(_ hits: [RuleHit]) -> [CauseBelief] {
        var beliefs: [CauseBelief] = []
        // A handful of causes at most: a linear search beats a table per call.
        for (index, hit) in hits.enumerated() {
            let cause = rules.cause[hit.rule]
            guard cause >= 0 else { continue }
            if let slot = beliefs.firstIndex(where: { $0.cause == cause }) {
                beliefs[slot].hits.append(index)
            } else {
                beliefs.append(CauseBelief(cause: cause, confidence: 0, hits: [index]))
            }
        }
        let ruleOrder = rules.ruleOrder
        for index in beliefs.indices {
            beliefs[index].hits.sort { a, b in
                hits[a].score != hits[b].score
                    ? hits[a].score > hits[b].score : ruleOrder[hits[a].rule] < ruleOrder[hits[b].rule]
            }
            beliefs[index].support = 1 - beliefs[index].hits.reduce(1) { $0 * (1 - hits[$1].score) }
            beliefs[index].confidence = beliefs[index].support
        }
        let total = beliefs.reduce(0) { $0 + $1.confidence }
        if total > 1 {
            for index in beliefs.indices { beliefs[index].confidence /= total }
        }
        // Rounded down, so that the confidences still sum to at most 1.
        for index in beliefs.indices {
            beliefs[index].confidence = (beliefs[index].confidence * 10_000).rounded(.down) / 10_000
        }
        sortByConfidence(&beliefs)
        return beliefs
    }

    /// Sorts by confidence (highest first), then cause id.
    func sortByConfidence(_ beliefs: inout [CauseBelief]) {
        let causeOrder = rules.causeOrder
        beliefs.sort { a, b in
            a.confidence != b.confidence ? a.confidence > b.confidence : causeOrder[a.cause] < causeOrder[b.cause]
        }
    }
}
