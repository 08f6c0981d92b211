import LEDCore
import LEDSupport

extension Diagnoser {
    /// A ranking and its fix plan: what the rules' hits come to for one ``MatchOutcome``, remembered by it.
    struct Ranking: Sendable {
        /// The causes, ranked.
        var beliefs: [CauseBelief]
        /// The fix plan over `beliefs`.
        var plan: FixPlan
    }

    /// The ranking of `hits` — the rules that hit `observation` (its answered contexts applied), in catalog
    /// order — with `answers`, and its fix plan: remembered by their ``MatchOutcome`` when the diagnoser
    /// memoises outcomes (the default), computed afresh otherwise. Both give the same values: the
    /// outcome holds everything ``rank(_:device:answers:)``, ``unavailableFixes(_:answers:)`` and
    /// ``planFixes(for:device:unavailable:)`` read. `CauseBelief.hits` index `hits`, whose rules and
    /// order the outcome fixes.
    ///
    /// `grouping`, when given, is ``grouping(_:device:)`` of `hits` on the observation's device, made once for
    /// several answers with the same hits.
    func ranking(
        of hits: [RuleHit], for observation: Observation, answers: Answers, grouping: [CauseBelief]? = nil
    ) -> Ranking {
        guard storage.memoises else {
            return makeRanking(of: hits, for: observation, answers: answers, grouping: grouping)
        }
        let memo = storage.rankings
        let outcome = MatchOutcome(
            device: observation.device, stated: observation.contexts, hits: hits, answers: answers)
        if let known = memo.value(for: outcome) { return known }
        let ranking = makeRanking(of: hits, for: observation, answers: answers, grouping: grouping)
        memo.store(ranking, for: outcome)
        return ranking
    }

    private func makeRanking(
        of hits: [RuleHit], for observation: Observation, answers: Answers, grouping: [CauseBelief]?
    ) -> Ranking {
        let beliefs = rank(grouping ?? self.grouping(hits, device: observation.device), answers: answers)
        let plan = planFixes(
            for: beliefs, device: observation.device, unavailable: unavailableFixes(observation, answers: answers))
        return Ranking(beliefs: beliefs, plan: plan)
    }
}
