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
struct QuestionPlanner {
    let diagnoser: Diagnoser

    func bestQuestion(
        for observation: Observation, canonical: String, assessment: Diagnoser.Assessment, excluding answered: Set<ObservationContext> = []
    ) -> DiagnosticQuestion? {
        let policy = diagnoser.policy
        let causes = assessment.causes
        guard let first = causes.first else { return nil }
        let runnerUp = causes.count > 1 ? causes[1].confidence : 0
        guard first.confidence - runnerUp <= policy.closeCauses || first.confidence < 0.5 else { return nil }

        var best: DiagnosticQuestion?
        for context in candidates(observation, canonical: canonical) where !answered.contains(context) {
            guard let question = diagnoser.catalog.contextQuestions[context], question.applies(to: observation.device) else { continue }
            var yesObservation = observation
            yesObservation.contexts.insert(context)
            let yes = diagnoser.assess(yesObservation, canonical: yesObservation.canonical)
            // A "yes" that leaves no diagnosis at all is no way forward, however cheap its empty plan.
            guard !yes.causes.isEmpty else { continue }
            let p = question.prior
            let mixture = Self.mix(yes.causes, weight: p, assessment.causes, weight: 1 - p)
            let now = diagnoser.planFixes(for: mixture, device: observation.device).1
            let after = p * yes.expectedCost + (1 - p) * assessment.expectedCost
            guard now - after > policy.questionMinutes else { continue }
            if best.map({ now - after > $0.expectedCostNow - $0.expectedCostAfter + 1e-9 }) ?? true {
                best = DiagnosticQuestion(
                    text: question.text, context: context, expectedCostAfter: Diagnoser.rounded(after), expectedCostNow: Diagnoser.rounded(now))
            }
        }
        return best
    }

    /// Contexts that some matching rule (for this device) requires or excludes, and the observation does not state.
    private func candidates(_ observation: Observation, canonical: String) -> [ObservationContext] {
        var found: Set<ObservationContext> = []
        for rule in diagnoser.catalog.rules where !(rule.requiredContexts.isEmpty && rule.excludedContexts.isEmpty) {
            if let devices = rule.devices, let device = observation.device, !devices.contains(device) { continue }
            let open = rule.requiredContexts.union(rule.excludedContexts).subtracting(observation.contexts)
            guard !open.isSubset(of: found), (try? rule.compiled.matches(canonical)) == true else { continue }
            found.formUnion(open)
        }
        return found.sorted()
    }

    /// The causes of two beliefs mixed with the given weights.
    private static func mix(_ a: [RankedCause], weight wa: Double, _ b: [RankedCause], weight wb: Double) -> [RankedCause] {
        var mixed: [String: RankedCause] = [:]
        for (causes, weight) in [(a, wa), (b, wb)] {
            for cause in causes {
                var entry = mixed[cause.id] ?? cause
                if mixed[cause.id] == nil { entry.confidence = 0 }
                entry.confidence += weight * cause.confidence
                mixed[cause.id] = entry
            }
        }
        return mixed.values.sorted { ($0.confidence, $1.id) > ($1.confidence, $0.id) }
    }
}
