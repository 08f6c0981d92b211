import LEDCore

/// Picks the question whose answer most lowers the expected cost of the fix plan (value of
/// information, as in decision-theoretic troubleshooting; `docs/ranking.md`, "Questions").
///
/// Candidates are the contexts the observation does not state, the owner has not answered and the
/// device does not settle, that matter: a rule whose pattern matches requires or excludes it, a ranked
/// cause is more or less likely with it (``CauseLikelihoods``), or a fix of a ranked cause needs it.
/// For each, the planner weighs both answers as evidence — "yes" also lets the rules that need the
/// context run — with P(yes) predicted from the current belief, and compares acting now (the plan for
/// the belief that mixes both answers) with asking first (the average of the plans after either
/// answer). It asks only when the leading causes are close and asking saves more than
/// ``RankingPolicy/questionMinutes``; a "yes" that would leave no diagnosis is not asked.
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

    /// One hypothetical answer "yes" to a context question, matched.
    private struct Candidate {
        var context: ObservationContext
        var question: ContextQuestion
        var yes: Observation
        var hits: [RuleHit]
    }

    /// The best question about `observation` (its answered contexts applied), whose canonical string is
    /// `canonical` (laid out as `layout`) and whose scoring with `answers` is `scoring`; `nil` when none
    /// is worth asking. Contexts in `answered` are not asked either.
    func bestQuestion(
        for observation: Observation, canonical: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout,
        scoring: RuleScoring, answers: Diagnoser.Answers = .none,
        excluding answered: Set<ObservationContext> = []
    ) -> DiagnosticQuestion? {
        let policy = diagnoser.policy
        let beliefs = scoring.beliefs
        guard let first = beliefs.first else { return nil }
        let runnerUp = beliefs.count > 1 ? beliefs[1].confidence : 0
        guard first.confidence - runnerUp <= policy.closeCauses || first.confidence < 0.5 else { return nil }

        // The events part of the canonical string is shared by every hypothetical answer: only the header changes.
        var yesCanonical: [UInt8] = []
        // Match the rules for every "yes"; what follows depends only on the hits and the answers, so it is
        // remembered by them.
        var key = Key(
            device: observation.device, stated: observation.contexts, hits: scoring.hits, answers: answers)
        var candidates: [Candidate] = []
        for context in contexts(worthAsking: observation, canonical: canonical, scoring: scoring, answers: answers)
        where !answered.contains(context) {
            guard let question = diagnoser.catalog.contextQuestions[context], question.applies(to: observation.device)
            else { continue }
            var yes = observation
            yes.contexts.insert(context)
            let hits: [RuleHit]
            if diagnoser.rules.decides(context) {
                yesCanonical.removeAll(keepingCapacity: true)
                let yesLayout = CanonicalWriter.write(yes, eventsOf: canonical, layout: layout, into: &yesCanonical)
                hits = yesCanonical.withUnsafeBufferPointer {
                    diagnoser.matchRules(yes, bytes: $0, layout: yesLayout).hits
                }
            } else {
                hits = scoring.hits
            }
            key.append(answer: context, hits: hits)
            candidates.append(Candidate(context: context, question: question, yes: yes, hits: hits))
        }
        if let known = diagnoser.storage.questions.value(for: key) { return known }
        let best = weigh(candidates, observation: observation, scoring: scoring, answers: answers)
        diagnoser.storage.questions.store(best, for: key)
        return best
    }

    /// The question that lowers the expected cost most, if by more than the policy's minutes.
    private func weigh(
        _ candidates: [Candidate], observation: Observation, scoring: RuleScoring, answers: Diagnoser.Answers
    ) -> DiagnosticQuestion? {
        let device = observation.device
        let unavailableNow = diagnoser.unavailableFixes(observation, answers: answers)
        var best: DiagnosticQuestion?
        for candidate in candidates {
            let yesAnswers = answers.adding(candidate.context, true)
            let yesBeliefs = diagnoser.rank(candidate.hits, device: device, answers: yesAnswers)
            // A "yes" that leaves no diagnosis at all is no way forward, however cheap its empty plan.
            guard !yesBeliefs.isEmpty else { continue }
            let yesPlan = diagnoser.planFixes(
                for: yesBeliefs, device: device,
                unavailable: diagnoser.unavailableFixes(candidate.yes, answers: yesAnswers))
            let noAnswers = answers.adding(candidate.context, false)
            let noBeliefs = diagnoser.rank(scoring.hits, device: device, answers: noAnswers)
            let noPlan = diagnoser.planFixes(
                for: noBeliefs, device: device, unavailable: diagnoser.unavailableFixes(observation, answers: noAnswers)
            )
            let p = probabilityOfYes(candidate.context, given: scoring.beliefs)
            let mixture = mix(yesBeliefs, weight: p, noBeliefs, weight: 1 - p)
            let now = diagnoser.planFixes(for: mixture, device: device, unavailable: unavailableNow).expectedCost
            let after = p * yesPlan.expectedCost + (1 - p) * (noBeliefs.isEmpty ? 0 : noPlan.expectedCost)
            guard now - after > diagnoser.policy.questionMinutes else { continue }
            if best.map({ now - after > $0.value + 1e-9 }) ?? true {
                best = DiagnosticQuestion(
                    text: candidate.question.text, context: candidate.context,
                    reason: reason(yes: yesBeliefs, no: noBeliefs, yesPlan: yesPlan, noPlan: noPlan),
                    expectedCostAfter: Diagnoser.rounded(after), expectedCostNow: Diagnoser.rounded(now))
            }
        }
        return best
    }

    /// P(yes) for `context` predicted from `beliefs`: Σ P(c) · P(yes | c) over the causes, plus
    /// "something else" times the context's prior.
    private func probabilityOfYes(_ context: ObservationContext, given beliefs: [CauseBelief]) -> Double {
        let likelihoods = diagnoser.storage.likelihoods
        let index = RuleTable.contextIndex(context)
        var p = 0.0
        var total = 0.0
        for belief in beliefs {
            p += belief.confidence * likelihoods.yes(belief.cause, index)
            total += belief.confidence
        }
        p += max(0, 1 - total) * likelihoods.priors[index]
        return min(0.99, max(0.01, p))
    }

    /// Why a question is worth asking: what each answer points to.
    private func reason(
        yes: [CauseBelief], no: [CauseBelief], yesPlan: Diagnoser.FixPlan, noPlan: Diagnoser.FixPlan
    ) -> String {
        let causes = diagnoser.catalog.causes
        let yesTop = yes.first.map { causes[$0.cause].title }
        let noTop = no.first.map { causes[$0.cause].title }
        if let yesTop, let noTop, yesTop != noTop {
            return "Yes would point to \u{201C}\(yesTop)\u{201D}; no to \u{201C}\(noTop)\u{201D}."
        }
        if let first = yesPlan.fixes.first, first.id != noPlan.fixes.first?.id {
            return "The answer decides what to try first: \u{201C}\(first.title)\u{201D} or "
                + (noPlan.fixes.first.map { "\u{201C}\($0.title)\u{201D}" } ?? "nothing") + "."
        }
        return "The answer changes how likely each cause is."
    }

    /// The contexts worth a question: not stated, answered or settled by the device, and either
    /// required or excluded by a rule (for this device) whose pattern matches, or weighed differently
    /// by a ranked cause, or needed by a fix of a ranked cause.
    private func contexts(
        worthAsking observation: Observation, canonical: UnsafeBufferPointer<UInt8>, scoring: RuleScoring,
        answers: Diagnoser.Answers
    ) -> [ObservationContext] {
        let rules = diagnoser.rules
        let device = rules.key(forDevice: observation.device)
        let stated = RuleTable.bits(observation.contexts)
        let settled = rules.contexts(of: device)
        let closed = stated | answers.yes | answers.no | settled.yes | settled.no
        var found: UInt64 = 0
        for index in rules.patterns.indices {
            let decided = rules.required[index] | rules.excluded[index]
            guard decided != 0, rules.fitsDevice(index, device) else { continue }
            let open = decided & ~closed
            guard open & ~found != 0 else { continue }
            // A rule that applies was matched by the scoring already (a skipped one counts as no match).
            let matches =
                rules.fitsContexts(index, stated)
                ? scoring.hits.contains { $0.rule == index }
                : (try? rules.patterns[index].matches(validUTF8: canonical)) == true
            if matches { found |= open }
        }
        let likelihoods = diagnoser.storage.likelihoods
        for context in ObservationContext.allCases {
            let bit = RuleTable.contextBit(context)
            guard closed & bit == 0, found & bit == 0 else { continue }
            let index = RuleTable.contextIndex(context)
            if scoring.beliefs.contains(where: { likelihoods.moves($0.cause, index) }) { found |= bit }
        }
        for (fix, requires) in diagnoser.storage.conditionalFixes where requires & ~closed != 0 {
            let linked = scoring.beliefs.contains { belief in
                diagnoser.storage.causeFixes[belief.cause].contains { $0.fix == fix }
            }
            if linked { found |= requires & ~closed }
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
