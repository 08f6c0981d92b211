import LEDCore
import PCRE2

/// The ranking in numbers (`docs/ranking.md`): rules matched on the canonical bytes, scores combined
/// by noisy-OR per cause, confidences scaled to sum to at most 1, and the fix plan — without the
/// strings of a report, so that the question planner can weigh hypothetical answers cheaply.
extension Diagnoser {
    /// Scores `observation`, whose canonical string is `canonical`.
    func score(_ observation: Observation, canonical: String) -> RuleScoring {
        var canonical = canonical
        return canonical.withUTF8 { score(observation, bytes: $0) }
    }

    /// Scores `observation`, whose canonical string is `bytes` (written by ``CanonicalWriter``, so
    /// valid UTF-8: the patterns match it without PCRE2's UTF check).
    func score(_ observation: Observation, bytes: UnsafeBufferPointer<UInt8>) -> RuleScoring {
        let (hits, skipped) = matchRules(observation, bytes: bytes)
        let beliefs = rank(hits)
        return RuleScoring(hits: hits, beliefs: beliefs, skipped: skipped, plan: planFixes(for: beliefs, device: observation.device))
    }

    /// The rules that apply to `observation` matched on its canonical string `bytes` (valid UTF-8):
    /// the hits, and the rules skipped because they tripped a limit, both in catalog order.
    func matchRules(_ observation: Observation, bytes: UnsafeBufferPointer<UInt8>) -> (hits: [RuleHit], skipped: [(rule: Int, error: PCRE2Error)]) {
        let device = rules.key(forDevice: observation.device)
        let contexts = RuleTable.bits(observation.contexts)
        let eventStart = Self.eventStart(of: bytes)
        let eventBytes = bytes.count - eventStart
        var hits: [RuleHit] = []
        var skipped: [(rule: Int, error: PCRE2Error)] = []
        let patterns = rules.patterns
        for index in patterns.indices where rules.fitsDevice(index, device) && rules.fitsContexts(index, contexts) {
            let found: Match?
            do {
                found = try patterns[index].firstMatch(inValidUTF8: bytes)
            } catch {
                skipped.append((index, error))
                continue
            }
            guard let match = found else { continue }
            hits.append(hit(index, match, eventStart: eventStart, eventBytes: eventBytes, device: observation.device))
        }
        return (hits, skipped)
    }

    /// The hit of rule `index` matching at `match`, with its specificity and score.
    func hit(_ index: Int, _ match: Match, eventStart: Int, eventBytes: Int, device: String?) -> RuleHit {
        let covered = eventBytes > 0 ? Double(max(0, match.range.upperBound - max(match.range.lowerBound, eventStart))) / Double(eventBytes) : 0
        let specificity = policy.minimumSpecificity + (1 - policy.minimumSpecificity) * min(1, covered)
        let f = factors(catalog.rules[index], specificity: specificity, device: device)
        let score = Self.rounded(min(policy.maximumRuleScore, f.weight * f.tier * specificity * f.device * f.context * f.status))
        return RuleHit(rule: index, match: match, specificity: specificity, score: score)
    }

    /// The score factors of `rule` (specificity as computed, not yet rounded).
    func factors(_ rule: Rule, specificity: Double, device: String?) -> ScoreFactors {
        let deviceFactor: Double
        if rule.devices == nil {
            deviceFactor = policy.deviceGeneric
        } else {
            deviceFactor = device == nil ? policy.deviceUnknown : policy.deviceNamed
        }
        return ScoreFactors(
            weight: rule.weight, tier: policy.factor(for: rule.tier), specificity: specificity, device: deviceFactor,
            context: rule.requiredContexts.isEmpty ? 1 : policy.contextsAgree, status: rule.status == .experimental ? policy.experimental : 1)
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
                hits[a].score != hits[b].score ? hits[a].score > hits[b].score : ruleOrder[hits[a].rule] < ruleOrder[hits[b].rule]
            }
            beliefs[index].confidence = 1 - beliefs[index].hits.reduce(1) { $0 * (1 - hits[$1].score) }
        }
        let total = beliefs.reduce(0) { $0 + $1.confidence }
        if total > 1 {
            for index in beliefs.indices { beliefs[index].confidence /= total }
        }
        // Rounded down, so that the confidences still sum to at most 1.
        for index in beliefs.indices { beliefs[index].confidence = (beliefs[index].confidence * 10_000).rounded(.down) / 10_000 }
        sortByConfidence(&beliefs)
        return beliefs
    }

    /// Sorts by confidence (highest first), then cause id.
    func sortByConfidence(_ beliefs: inout [CauseBelief]) {
        let causeOrder = rules.causeOrder
        beliefs.sort { a, b in a.confidence != b.confidence ? a.confidence > b.confidence : causeOrder[a.cause] < causeOrder[b.cause] }
    }

    /// The fix plan over ranked causes; remembered, since it depends only on the device and the
    /// causes' confidences.
    func planFixes(for beliefs: [CauseBelief], device: String?) -> FixPlanResult {
        guard !beliefs.isEmpty else { return FixPlanResult(fixes: [], expectedCost: 0) }
        let key = FixPlanKey(device: device, beliefs: beliefs)
        if let known = plans.value(for: key) { return known }
        let plan = makeFixPlan(for: beliefs, device: device)
        plans.store(plan, for: key)
        return plan
    }

    private func makeFixPlan(for beliefs: [CauseBelief], device: String?) -> FixPlanResult {
        let total = beliefs.reduce(0) { $0 + $1.confidence }
        guard total > 0 else { return FixPlanResult(fixes: [], expectedCost: 0) }
        let probabilities = beliefs.map { $0.confidence / total }
        var fixOfCandidate: [Int] = []
        var candidates: [FixPlanner.Candidate] = []
        for (c, belief) in beliefs.enumerated() {
            for link in causeFixes[belief.cause] {
                let index: Int
                if let existing = fixOfCandidate.firstIndex(of: link.fix) {
                    index = existing
                } else {
                    index = candidates.count
                    fixOfCandidate.append(link.fix)
                    let fix = catalog.fixes[link.fix]
                    let cost = fix.minutes + (fix.destructive ? policy.setupMinutes : 0)
                    candidates.append(FixPlanner.Candidate(id: fix.id, cost: cost, repairs: [Double](repeating: 0, count: beliefs.count)))
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
            let addressed = beliefs.indices.filter { candidate.repairs[$0] > 0 }.map { catalog.causes[beliefs[$0].cause].id }
            fixes.append(PlannedFix(
                id: fix.id, title: fix.title, steps: fix.steps(for: device), minutes: candidate.cost, destructive: fix.destructive,
                causes: addressed, probability: Self.rounded(plan.probabilities[step])))
        }
        return FixPlanResult(fixes: fixes, expectedCost: plan.expectedCost)
    }

    /// The ranked causes of a scoring, with their evidence, as a diagnosis reports them.
    func rankedCauses(_ scoring: RuleScoring, bytes: UnsafeBufferPointer<UInt8>, device: String?) -> [RankedCause] {
        scoring.beliefs.map { belief in
            let cause = catalog.causes[belief.cause]
            return RankedCause(
                id: cause.id, title: cause.title, severity: cause.severity, confidence: belief.confidence, expect: cause.expect,
                evidence: belief.hits.map { evidence(scoring.hits[$0], bytes: bytes, device: device) })
        }
    }

    /// The evidence of one hit.
    func evidence(_ hit: RuleHit, bytes: UnsafeBufferPointer<UInt8>, device: String?) -> Evidence {
        let rule = catalog.rules[hit.rule]
        let match = hit.match
        var factors = factors(rule, specificity: hit.specificity, device: device)
        factors.specificity = Self.rounded(factors.specificity)
        var groups: [String: String] = [:]
        for (number, range) in match.groups.enumerated().dropFirst() {
            if let range { groups[String(number)] = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        }
        for (name, number) in rule.compiled.groupNames {
            if number < match.groups.count, let range = match.groups[number] {
                groups[name] = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
        }
        return Evidence(
            rule: rule.id, span: [match.range.lowerBound, match.range.upperBound], groups: groups, explanation: rule.explanation,
            sources: rule.sources, score: hit.score, factors: factors)
    }

    /// The warnings of the rules a scoring skipped.
    func warnings(_ scoring: RuleScoring) -> [String] {
        scoring.skipped.map { SkippedRuleWarning(rule: catalog.rules[$0.rule].id, error: $0.error).text }
    }
}
