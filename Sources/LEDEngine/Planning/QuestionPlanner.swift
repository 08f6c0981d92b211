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

    /// One question worth weighing, with its answers matched.
    private struct Candidate {
        /// A situation question (its context), or one about the light (its index in the catalog).
        var context: ObservationContext?
        var light: Int?
        var text: String
        var branches: [Branch]
    }

    /// One answer to a candidate question: how likely it is, the observation and answers it leads to,
    /// and the rules that observation hits — read for their rules and scores only (a situation answer's
    /// hits kept from the observation as it is keep their positions in its canonical string).
    private struct Branch {
        var probability: Double
        var observation: Observation
        var answers: Diagnoser.Answers
        var hits: [RuleHit]
        /// For a question about the light, the answer in words (for the reason).
        var says: String = ""
        /// Whether `hits` are the observation's own rules and scores, on its device: their grouping by
        /// cause (``Diagnoser/grouping(_:device:)``) is then made once for every such branch.
        var sharesGrouping = false
    }

    /// The best question about `observation` (its answered contexts applied), whose canonical string is
    /// `canonical` (laid out as `layout`) and whose scoring with `answers` is `scoring`; `nil` when none
    /// is worth asking. Contexts in `answered` are not asked either, nor questions about the light in
    /// `answers.light`.
    func bestQuestion(
        for observation: Observation, canonical: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout,
        scoring: RuleScoring, answers: Diagnoser.Answers = .none,
        excluding answered: Set<ObservationContext> = []
    ) -> DiagnosticQuestion? {
        let policy = diagnoser.policy
        let beliefs = scoring.beliefs
        guard let first = beliefs.first else { return nil }
        let runnerUp = beliefs.count > 1 ? beliefs[1].confidence : 0
        // A situation is asked about only when the leading causes are close; a question about the light
        // may find that the observation itself was incomplete (a Sync Module's blue LED without its green).
        let close = first.confidence - runnerUp <= policy.closeCauses || first.confidence < 0.5
        // Not close, and nothing to ask about the light of a measured timeline: no candidate, so no question
        // — decided by the match outcome alone, before any answer is matched or any key is built. (The
        // reference path without memos finds the same the long way.)
        if !close, diagnoser.storage.memoises, Self.isMeasured(observation) || diagnoser.catalog.lightQuestions.isEmpty
        {
            return nil
        }

        // The events part of the canonical string is shared by every hypothetical answer: only the header changes.
        var yesCanonical: [UInt8] = []
        var hypotheses: StatedHits?
        // Match the rules for every answer; what follows depends only on the hits and the answers, so it is
        // remembered by them.
        var key = Key(
            MatchOutcome(device: observation.device, stated: observation.contexts, hits: scoring.hits, answers: answers)
        )
        // Each situation question's "yes": its observation and, when stating the context can change which
        // rules hit, what its hits need beyond the base string's (``StatedHits``): the key holds these, and
        // the hits themselves are made only when the key is new.
        var asked: [(context: ObservationContext, text: String, yes: Observation, readers: [RuleHit]?)] = []
        let situations =
            close ? contexts(worthAsking: observation, canonical: canonical, scoring: scoring, answers: answers) : []
        for context in situations where !answered.contains(context) {
            guard let question = diagnoser.catalog.contextQuestions[context], question.applies(to: observation.device)
            else { continue }
            var yes = observation
            yes.contexts.insert(context)
            if diagnoser.rules.decides(context) {
                let stated: StatedHits
                if let hypotheses {
                    stated = hypotheses
                } else {
                    stated = diagnoser.statedHits(
                        observation, bytes: canonical, layout: layout, base: scoring.hits,
                        candidates: scoring.outcomes.candidates)
                    key.append(filteredOut: stated.filteredOut)
                    hypotheses = stated
                }
                let readers = diagnoser.headerReaderHits(
                    stating: context, yes, canonical: canonical, layout: layout, from: stated, scratch: &yesCanonical)
                key.append(answer: context, readers: readers)
                asked.append((context, question.text, yes, readers))
            } else {
                key.append(answer: context, readers: [])
                asked.append((context, question.text, yes, nil))
            }
        }
        let lights = lightCandidates(
            for: observation, canonical: canonical, eventsStart: layout.eventsStart, scoring: scoring, answers: answers)
        for candidate in lights {
            for branch in candidate.branches { key.append(light: candidate.light ?? 0, hits: branch.hits) }
        }
        let memo = diagnoser.storage.memoises ? diagnoser.storage.questions : nil
        if let known = memo?.value(for: key) { return known }
        var candidates: [Candidate] = []
        for (context, text, yes, readers) in asked {
            var hits = scoring.hits
            if let readers, let hypotheses {
                hits = hypotheses.hits(stating: context, readers: readers, rules: diagnoser.rules)
            }
            let p = probabilityOfYes(context, given: beliefs)
            candidates.append(
                Candidate(
                    context: context, light: nil, text: text,
                    branches: [
                        Branch(
                            probability: p, observation: yes, answers: answers.adding(context, true), hits: hits,
                            sharesGrouping: Self.sameRulesAndScores(hits, scoring.hits)),
                        Branch(
                            probability: 1 - p, observation: observation, answers: answers.adding(context, false),
                            hits: scoring.hits, sharesGrouping: true),
                    ]))
        }
        candidates += lights
        let best = weigh(candidates, observation: observation, answers: answers)
        memo?.store(best, for: key)
        return best
    }

    /// The questions about the light that apply to `observation` and are not answered yet, each answer
    /// read and matched.
    private func lightCandidates(
        for observation: Observation, canonical: UnsafeBufferPointer<UInt8>, eventsStart: Int, scoring: RuleScoring,
        answers: Diagnoser.Answers
    ) -> [Candidate] {
        let questions = diagnoser.catalog.lightQuestions
        guard !questions.isEmpty, !Self.isMeasured(observation) else { return [] }
        let subject = Array(canonical)
        var candidates: [Candidate] = []
        for (index, question) in questions.enumerated()
        where question.applies(to: observation.device) && !answers.light.contains(index) {
            guard let match = question.match(in: subject, eventsStart: eventsStart) else { continue }
            var branches: [Branch] = []
            for choice in question.choices {
                let rewritten = question.rewriting(subject, at: match, as: choice)
                var branch = Branch(
                    probability: choice.prior, observation: observation, answers: answers, hits: scoring.hits,
                    says: choice.text, sharesGrouping: true)
                if rewritten != subject {
                    let text = String(decoding: rewritten, as: UTF8.self)
                    guard let refined = try? CanonicalReader.observation(from: text) else { break }
                    let layout = CanonicalLayout(of: text)
                    branch.observation = refined
                    branch.sharesGrouping = false
                    branch.hits = rewritten.withUnsafeBufferPointer {
                        diagnoser.matchRules(refined, bytes: $0, layout: layout).hits
                    }
                }
                branches.append(branch)
            }
            guard branches.count == question.choices.count else { continue }
            candidates.append(Candidate(context: nil, light: index, text: question.text, branches: branches))
        }
        return candidates
    }

    /// Whether `hits` and `base` are the same rules with the same scores (all a ranking reads of them).
    private static func sameRulesAndScores(_ hits: [RuleHit], _ base: [RuleHit]) -> Bool {
        hits.count == base.count
            && zip(hits, base).allSatisfy { $0.rule == $1.rule && $0.score.bitPattern == $1.score.bitPattern }
    }

    /// Whether `observation` was measured (a log's lines, or pulse timings): a measured timeline leaves
    /// nothing open that a question about the light could add.
    private static func isMeasured(_ observation: Observation) -> Bool {
        observation.steps.contains { step in
            step.events.contains { event in
                if event.timing != nil { return true }
                if case .lines? = event.source { return true }
                return false
            }
        }
    }

    /// The question that lowers the expected cost most, if by more than the policy's minutes.
    ///
    /// Acting now is the plan for the belief that mixes every answer's by its probability; asking first
    /// costs the average of the plans after each answer. A situation question whose "yes" leaves no
    /// diagnosis is no way forward, however cheap its empty plan; an answer about the light that leaves
    /// none costs what acting now does.
    private func weigh(
        _ candidates: [Candidate], observation: Observation, answers: Diagnoser.Answers
    ) -> DiagnosticQuestion? {
        let device = observation.device
        let unavailableNow = diagnoser.unavailableFixes(observation, answers: answers)
        var best: DiagnosticQuestion?
        // The observation's own hits grouped by cause, for the branches that share them (made at most once).
        var grouping: [CauseBelief]?
        candidates: for candidate in candidates {
            var outcomes: [(beliefs: [CauseBelief], plan: Diagnoser.FixPlan)] = []
            for (index, branch) in candidate.branches.enumerated() {
                // A branch's observation is on the same device (a rewritten one is read back from its header).
                let ranking: Diagnoser.Ranking
                if branch.observation.device == device {
                    if branch.sharesGrouping, grouping == nil {
                        grouping = diagnoser.grouping(branch.hits, device: device)
                    }
                    ranking = diagnoser.ranking(
                        of: branch.hits, for: branch.observation, answers: branch.answers,
                        grouping: branch.sharesGrouping ? grouping : nil)
                } else {
                    let beliefs = diagnoser.rank(branch.hits, device: device, answers: branch.answers)
                    let unavailable = diagnoser.unavailableFixes(branch.observation, answers: branch.answers)
                    ranking = Diagnoser.Ranking(
                        beliefs: beliefs,
                        plan: diagnoser.planFixes(for: beliefs, device: device, unavailable: unavailable))
                }
                if ranking.beliefs.isEmpty, candidate.context != nil, index == 0 { continue candidates }
                outcomes.append((ranking.beliefs, ranking.plan))
            }
            let probabilities = candidate.branches.map(\.probability)
            let mixture = mix(zip(outcomes.map(\.beliefs), probabilities).map { ($0, $1) })
            let now = diagnoser.planFixes(for: mixture, device: device, unavailable: unavailableNow).expectedCost
            var after = 0.0
            for (outcome, p) in zip(outcomes, probabilities) where !outcome.beliefs.isEmpty || candidate.light != nil {
                after += p * (outcome.beliefs.isEmpty ? now : outcome.plan.expectedCost)
            }
            guard now - after > diagnoser.policy.questionMinutes else { continue }
            guard best.map({ now - after > $0.value + 1e-9 }) ?? true else { continue }
            let why = reason(candidate, outcomes: outcomes)
            if let context = candidate.context {
                best = DiagnosticQuestion(
                    text: candidate.text, context: context, reason: why,
                    expectedCostAfter: Diagnoser.rounded(after), expectedCostNow: Diagnoser.rounded(now))
            } else if let light = candidate.light {
                let question = diagnoser.catalog.lightQuestions[light]
                best = DiagnosticQuestion(
                    light: question.id, text: question.text,
                    choices: question.choices.map { DiagnosticQuestion.Choice(id: $0.id, text: $0.text) },
                    reason: why, expectedCostAfter: Diagnoser.rounded(after), expectedCostNow: Diagnoser.rounded(now))
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

    /// Why a question is worth asking: what each answer points to ("Yes would point to …; no to …"), or
    /// failing that, which fix comes first.
    private func reason(
        _ candidate: Candidate, outcomes: [(beliefs: [CauseBelief], plan: Diagnoser.FixPlan)]
    ) -> String {
        let causes = diagnoser.catalog.causes
        let tops = outcomes.map { $0.beliefs.first.map { causes[$0.cause].title } }
        if candidate.context != nil, outcomes.count == 2 {
            if let yesTop = tops[0], let noTop = tops[1], yesTop != noTop {
                return "Yes would point to \u{201C}\(yesTop)\u{201D}; no to \u{201C}\(noTop)\u{201D}."
            }
        } else if Set(tops.compactMap { $0 }).count > 1 {
            var said: Set<String> = []
            var parts: [String] = []
            for (top, branch) in zip(tops, candidate.branches) {
                guard let top, said.insert(top).inserted else { continue }
                let says = parts.isEmpty ? branch.says.prefix(1).uppercased() + branch.says.dropFirst() : branch.says
                parts.append(
                    "\u{201C}\(says)\u{201D}" + (parts.isEmpty ? " would point to " : " to ")
                        + "\u{201C}\(top)\u{201D}")
            }
            return parts.joined(separator: "; ") + "."
        }
        let fixes = diagnoser.catalog.fixes
        let firsts = outcomes.map { $0.plan.firstFix }
        if let first = firsts.first ?? nil, let other = firsts.dropFirst().first(where: { $0 != first }) {
            return "The answer decides what to try first: \u{201C}\(fixes[first].title)\u{201D} or "
                + (other.map { "\u{201C}\(fixes[$0].title)\u{201D}" } ?? "nothing") + "."
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
        // The scoring's own pass over `canonical` found which rules could match it: a rule that is not a
        // candidate matches neither as it applies nor filtered out, so only the candidates are walked.
        let candidates = scoring.outcomes.candidates
        func consider(_ index: Int) {
            let decided = rules.required[index] | rules.excluded[index]
            guard decided != 0, rules.fitsDevice(index, device) else { return }
            let open = decided & ~closed
            guard open & ~found != 0 else { return }
            // A rule that applies was matched by the scoring already (a skipped one counts as no match).
            let matches: Bool
            if rules.fitsContexts(index, stated) {
                matches = scoring.hits.contains { $0.rule == index }
            } else {
                matches =
                    candidates.map { !$0.contains(index) } == true
                    ? false : (try? rules.patterns[index].matches(validUTF8: canonical)) == true
            }
            if matches { found |= open }
        }
        if let candidates {
            candidates.forEach(consider)
        } else {
            rules.patterns.indices.forEach(consider)
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

    /// Beliefs mixed with the given weights, ranked.
    private func mix(_ parts: [(beliefs: [CauseBelief], weight: Double)]) -> [CauseBelief] {
        var slot = [Int](repeating: -1, count: diagnoser.catalog.causes.count)
        var mixed: [CauseBelief] = []
        for (beliefs, weight) in parts {
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
