import LEDCore

/// Picks the yes/no question whose answer most lowers the expected cost of the fix plan
/// (value of information, as in decision-theoretic troubleshooting).
///
/// Candidates are the contexts the competing rules disagree on: contexts the observation does not
/// state that a rule, whose pattern matches, requires or excludes. The question text comes from
/// the catalog's `contexts` section, with its prior and the devices it applies to. A question whose
/// "yes" would leave no diagnosis is not asked. For each candidate the planner compares acting now — the
/// plan for the belief that mixes both answers — with asking first: the average of the plans
/// after "yes" and after "no". It asks only when the leading causes are close and asking saves
/// more than ``RankingPolicy/questionMinutes``.
///
/// A planner holds the ``Diagnoser`` it plans for: a diagnoser is one reference to shared storage, so
/// making a planner per diagnosis costs a retain.
struct QuestionPlanner {
    /// The diagnoser whose catalog, ranking and memo the planner uses.
    let diagnoser: Diagnoser

    /// A planner for `diagnoser`.
    init(_ diagnoser: Diagnoser) {
        self.diagnoser = diagnoser
    }

    /// The best question about `observation`, whose canonical string is `canonical` (laid out as
    /// `layout`) and whose scoring is `scoring`; `nil` when none is worth asking.
    func bestQuestion(
        for observation: Observation, canonical: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout,
        scoring: RuleScoring,
        excluding answered: Set<ObservationContext> = []
    ) -> DiagnosticQuestion? {
        let policy = diagnoser.policy
        let beliefs = scoring.beliefs
        guard let first = beliefs.first else { return nil }
        let runnerUp = beliefs.count > 1 ? beliefs[1].confidence : 0
        guard first.confidence - runnerUp <= policy.closeCauses || first.confidence < 0.5 else { return nil }

        // The events part of the canonical string is shared by every hypothetical answer: only the header changes.
        var yesCanonical: [UInt8] = []
        // Match the rules for every "yes"; what follows depends only on the hits, so it is remembered by them.
        var key = Key(device: observation.device, hits: scoring.hits)
        var answers: [(context: ObservationContext, question: ContextQuestion, hits: [RuleHit])] = []
        for context in candidates(observation, canonical: canonical, scoring: scoring)
        where !answered.contains(context) {
            guard let question = diagnoser.catalog.contextQuestions[context], question.applies(to: observation.device)
            else { continue }
            var yesObservation = observation
            yesObservation.contexts.insert(context)
            yesCanonical.removeAll(keepingCapacity: true)
            let yesLayout = CanonicalWriter.write(
                yesObservation, eventsOf: canonical, layout: layout, into: &yesCanonical)
            let hits = yesCanonical.withUnsafeBufferPointer {
                diagnoser.matchRules(yesObservation, bytes: $0, layout: yesLayout).hits
            }
            key.append(answer: context, hits: hits)
            answers.append((context, question, hits))
        }
        if let known = diagnoser.storage.questions.value(for: key) { return known }
        let best = weigh(answers, device: observation.device, scoring: scoring)
        diagnoser.storage.questions.store(best, for: key)
        return best
    }

    /// The answer whose question lowers the expected cost most, if by more than the policy's minutes:
    /// for each, the plan for the belief that mixes "yes" (`hits`) and "no" (`scoring`) by the
    /// question's prior, against the average of the plans after either answer.
    private func weigh(
        _ answers: [(context: ObservationContext, question: ContextQuestion, hits: [RuleHit])], device: String?,
        scoring: RuleScoring
    ) -> DiagnosticQuestion? {
        var best: DiagnosticQuestion?
        for answer in answers {
            let yesBeliefs = diagnoser.rank(answer.hits)
            // A "yes" that leaves no diagnosis at all is no way forward, however cheap its empty plan.
            guard !yesBeliefs.isEmpty else { continue }
            let yesPlan = diagnoser.planFixes(for: yesBeliefs, device: device)
            let p = answer.question.prior
            let mixture = mix(yesBeliefs, weight: p, scoring.beliefs, weight: 1 - p)
            let now = diagnoser.planFixes(for: mixture, device: device).expectedCost
            let after = p * yesPlan.expectedCost + (1 - p) * scoring.plan.expectedCost
            guard now - after > diagnoser.policy.questionMinutes else { continue }
            if best.map({ now - after > $0.expectedCostNow - $0.expectedCostAfter + 1e-9 }) ?? true {
                best = DiagnosticQuestion(
                    text: answer.question.text, context: answer.context, expectedCostAfter: Diagnoser.rounded(after),
                    expectedCostNow: Diagnoser.rounded(now))
            }
        }
        return best
    }

    /// Contexts that some matching rule (for this device) requires or excludes, and the observation does not state.
    private func candidates(
        _ observation: Observation, canonical: UnsafeBufferPointer<UInt8>, scoring: RuleScoring
    ) -> [ObservationContext] {
        let device = diagnoser.rules.key(forDevice: observation.device)
        let stated = RuleTable.bits(observation.contexts)
        var found: UInt64 = 0
        for index in diagnoser.rules.patterns.indices {
            let decided = diagnoser.rules.required[index] | diagnoser.rules.excluded[index]
            guard decided != 0, diagnoser.rules.fitsDevice(index, device) else { continue }
            let open = decided & ~stated
            guard open & ~found != 0 else { continue }
            // A rule that applies was matched by the scoring already (a skipped one counts as no match).
            let matches =
                diagnoser.rules.fitsContexts(index, stated)
                ? scoring.hits.contains { $0.rule == index }
                : (try? diagnoser.rules.patterns[index].matches(validUTF8: canonical)) == true
            if matches { found |= open }
        }
        return RuleTable.contexts(found)
    }

    /// The causes of two beliefs mixed with the given weights, ranked.
    private func mix(_ a: [CauseBelief], weight wa: Double, _ b: [CauseBelief], weight wb: Double) -> [CauseBelief] {
        var slot = [Int](repeating: -1, count: diagnoser.catalog.causes.count)
        var mixed: [CauseBelief] = []
        for (beliefs, weight) in [(a, wa), (b, wb)] {
            for belief in beliefs {
                if slot[belief.cause] < 0 {
                    slot[belief.cause] = mixed.count
                    mixed.append(CauseBelief(cause: belief.cause, confidence: 0, hits: []))
                }
                mixed[slot[belief.cause]].confidence += weight * belief.confidence
            }
        }
        diagnoser.sortByConfidence(&mixed)
        return mixed
    }
}
