import LEDCore
import PCRE2

extension Diagnoser {
    /// The rules that came closest, for an observation nothing matched (`outcomes` is the matcher's
    /// pass, completed here to every rule): rules whose pattern matches but that are for other devices
    /// or contexts, by how far their match reaches, then rules whose pattern got furthest into the
    /// event string (partial matching), each group by rule id on ties; at most three.
    ///
    /// The partial reach is the longest prefix, cut at a field or event boundary, on which a pattern
    /// matches partly (``reach(of:in:layout:)``). The cuts are tried longest first for all rules
    /// at once, and the search stops at the first cut that completes the three: rules that only
    /// reach shorter prefixes could not be among them.
    func nearMisses(
        _ observation: Observation, bytes: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout,
        outcomes: inout RuleOutcomes
    ) -> [NearMiss] {
        let limit = 3
        completeOutcomes(&outcomes, of: observation, bytes: bytes)
        var filtered: [(rule: Int, filter: RuleOutcomes.Filter, match: Match)] = []
        for rule in outcomes.filtered {
            // A rule PCRE2 stopped is no near miss.
            if case .success(let match?) = rule.match { filtered.append((rule.rule, rule.filter, match)) }
        }
        let ruleOrder = rules.ruleOrder
        filtered.sort { a, b in
            a.match.range.upperBound != b.match.range.upperBound
                ? a.match.range.upperBound > b.match.range.upperBound : ruleOrder[a.rule] < ruleOrder[b.rule]
        }
        var chosen = filtered.prefix(limit).map { filtered in
            nearMiss(
                rule: filtered.rule, filter: filtered.filter, span: filtered.match.range, observation: observation,
                canonicalLength: bytes.count)
        }
        // The hits and the skipped rules are no near misses: the open rules are those that did not match.
        var open = outcomes.unmatched
        var cut = bytes.count
        while chosen.count < limit, cut > layout.eventsStart, !open.isEmpty {
            let prefix = UnsafeBufferPointer(rebasing: bytes[..<cut])
            var reachedHere: [Int] = []
            open.removeAll { index in
                switch try? rules.patterns[index].partialMatch(inValidUTF8: prefix) {
                case .partial?, .complete?:
                    reachedHere.append(index)
                    return true
                case .noMatch?, nil:
                    return false
                }
            }
            reachedHere.sort { ruleOrder[$0] < ruleOrder[$1] }
            for index in reachedHere.prefix(limit - chosen.count) {
                let rule = catalog.rules[index]
                chosen.append(
                    NearMiss(
                        rule: rule.id, cause: rule.cause, reason: .partial(reached: cut), span: nil,
                        canonicalLength: bytes.count))
            }
            cut = layout.previousCut(before: cut, in: bytes)
        }
        return chosen
    }

    /// The near miss of rule `index`, which `filter` left out although its pattern matched at `span` of
    /// the canonical string of `observation` (`canonicalLength` bytes).
    func nearMiss(
        rule index: Int, filter: RuleOutcomes.Filter, span: Range<Int>, observation: Observation, canonicalLength: Int
    ) -> NearMiss {
        let rule = catalog.rules[index]
        let reason: NearMiss.Reason
        switch filter {
        case .device:
            reason = .device((rule.devices ?? []).sorted())
        case .context:
            reason = .context(
                missing: rule.requiredContexts.subtracting(observation.contexts).sorted(),
                present: rule.excludedContexts.intersection(observation.contexts).sorted())
        }
        return NearMiss(
            rule: rule.id, cause: rule.cause, reason: reason, span: span, canonicalLength: canonicalLength)
    }
}
