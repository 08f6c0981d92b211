import LEDCore
import PCRE2

/// The matcher: one pass over the catalog's rules per observation, the device and context filters
/// first, PCRE2 on the canonical bytes for the rules they let through (``RuleOutcomes``).
extension Diagnoser {
    /// Matches the rules that apply to `observation` on its canonical string `bytes` (written by
    /// ``CanonicalWriter``, so valid UTF-8: the patterns match it without PCRE2's UTF check), laid out
    /// as `layout`: the hits and the rules skipped because they tripped a limit, both in catalog order.
    func matchRules(
        _ observation: Observation, bytes: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout
    ) -> RuleOutcomes {
        let device = rules.key(forDevice: observation.device)
        let contexts = RuleTable.bits(observation.contexts)
        var outcomes = RuleOutcomes()
        let patterns = rules.patterns
        let candidates = rules.prefilter?.candidates(bytes)
        outcomes.candidates = candidates
        func consider(_ index: Int) {
            guard rules.fitsDevice(index, device), rules.fitsContexts(index, contexts) else { return }
            let found: Match?
            do {
                found = try patterns[index].firstMatch(inValidUTF8: bytes)
            } catch {
                outcomes.skipped.append((index, error))
                return
            }
            guard let match = found else { return }
            outcomes.hits.append(hit(index, match, layout: layout, device: observation.device))
        }
        // A rule whose required literals are all absent cannot match: only the candidates are tried, in
        // catalog order.
        if let candidates {
            candidates.forEach(consider)
        } else {
            patterns.indices.forEach(consider)
        }
        return outcomes
    }

    /// Whether rule `index` matches `observation` as ``matchRules(_:bytes:layout:)`` takes it: its device
    /// and context filters let it through and its pattern matches the canonical string (one that trips a
    /// limit does not). What a `no_match` example checks, without matching the other rules.
    func matches(rule index: Int, _ observation: Observation) -> Bool {
        let device = rules.key(forDevice: observation.device)
        guard rules.fitsDevice(index, device), rules.fitsContexts(index, RuleTable.bits(observation.contexts)) else {
            return false
        }
        var subject: [UInt8] = []
        _ = CanonicalWriter.write(observation, into: &subject)
        return subject.withUnsafeBufferPointer { (try? rules.patterns[index].matches(validUTF8: $0)) == true }
    }

    /// Extends `outcomes` (a pass over the rules that apply to `observation`) to every rule: the rules
    /// that apply but did not match, and the rules the filters leave out with what their patterns make
    /// of `bytes` anyway. Only the rules not matched yet are matched.
    func completeOutcomes(
        _ outcomes: inout RuleOutcomes, of observation: Observation, bytes: UnsafeBufferPointer<UInt8>
    ) {
        guard !outcomes.coversEveryRule else { return }
        let device = rules.key(forDevice: observation.device)
        let contexts = RuleTable.bits(observation.contexts)
        var hit = 0
        var skipped = 0
        let candidates = outcomes.candidates
        for index in rules.patterns.indices {
            let deviceFits = rules.fitsDevice(index, device)
            if deviceFits && rules.fitsContexts(index, contexts) {
                // Hits and skipped rules are in catalog order: walk them alongside.
                if hit < outcomes.hits.count, outcomes.hits[hit].rule == index {
                    hit += 1
                } else if skipped < outcomes.skipped.count, outcomes.skipped[skipped].rule == index {
                    skipped += 1
                } else {
                    outcomes.unmatched.append(index)
                }
                continue
            }
            let pattern = rules.patterns[index]
            let match =
                candidates.map { !$0.contains(index) } == true
                ? .success(nil)
                : Result(catching: { () throws(PCRE2Error) in try pattern.firstMatch(inValidUTF8: bytes) })
            outcomes.filtered.append(
                RuleOutcomes.Filtered(rule: index, filter: deviceFits ? .context : .device, match: match))
        }
        outcomes.coversEveryRule = true
    }

    /// The hit of rule `index` matching at `match` in a string laid out as `layout`, with its
    /// specificity (the share of the event tokens the match touches: the same events score the same
    /// however many digits their timings have) and score.
    func hit(_ index: Int, _ match: Match, layout: CanonicalLayout, device: String?) -> RuleHit {
        let tokens = layout.tokenCount
        var touched = 0
        for token in 0..<tokens {
            let range = layout.token(token)
            if range.lowerBound < match.range.upperBound && match.range.lowerBound < range.upperBound { touched += 1 }
        }
        let covered = tokens > 0 ? Double(touched) / Double(tokens) : 0
        let specificity = policy.minimumSpecificity + (1 - policy.minimumSpecificity) * covered
        let f = factors(catalog.rules[index], specificity: specificity, device: device)
        let product = f.weight * f.tier * specificity * f.device * f.context * f.status
        let score = Self.rounded(min(policy.maximumRuleScore, product))
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
            context: rule.requiredContexts.isEmpty ? 1 : policy.contextsAgree,
            status: rule.status == .experimental ? policy.experimental : 1)
    }
}
