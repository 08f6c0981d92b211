public import LEDCore
import PCRE2

/// Every rule's outcome (``RuleOutcome``) and the near misses, read from the matcher's pass
/// (``RuleOutcomes``) completed to every rule.
extension Diagnoser {
    /// What every rule made of `observation`, in catalog order — matched, filtered, missed or skipped.
    public func evaluate(_ observation: Observation) -> [RuleOutcome] {
        var subject: [UInt8] = []
        let layout = CanonicalWriter.write(observation, into: &subject)
        return subject.withUnsafeBufferPointer { bytes in
            var outcomes = matchRules(observation, bytes: bytes, layout: layout)
            return ruleOutcomes(&outcomes, of: observation, bytes: bytes, layout: layout)
        }
    }

    /// Every rule's outcome, in catalog order, from the matcher's `outcomes` for `observation`
    /// (completed to every rule first), whose canonical string is `bytes` laid out as `layout`.
    func ruleOutcomes(
        _ outcomes: inout RuleOutcomes, of observation: Observation, bytes: UnsafeBufferPointer<UInt8>,
        layout: CanonicalLayout
    ) -> [RuleOutcome] {
        completeOutcomes(&outcomes, of: observation, bytes: bytes)
        let rules = catalog.rules
        var verdicts = [RuleOutcome.Verdict?](repeating: nil, count: rules.count)
        for hit in outcomes.hits {
            verdicts[hit.rule] = .matched(hit.match, evidence(hit, bytes: bytes, device: observation.device))
        }
        for skipped in outcomes.skipped { verdicts[skipped.rule] = .skipped(skipped.error) }
        for index in outcomes.unmatched {
            verdicts[index] = .noMatch(reached: Self.reach(of: rules[index], in: bytes, layout: layout))
        }
        for filtered in outcomes.filtered {
            let rule = rules[filtered.rule]
            switch (filtered.match, filtered.filter) {
            case (.failure(let error), _):
                verdicts[filtered.rule] = .skipped(error)
            case (.success(let match), .device):
                verdicts[filtered.rule] = .wrongDevice(match)
            case (.success(let match), .context):
                verdicts[filtered.rule] = .wrongContext(
                    match, missing: rule.requiredContexts.subtracting(observation.contexts),
                    present: rule.excludedContexts.intersection(observation.contexts))
            }
        }
        return zip(rules, verdicts).compactMap { rule, verdict in verdict.map { RuleOutcome(rule: rule, verdict: $0) } }
    }

    /// How far into the event string the rule's pattern can get: the longest prefix of the
    /// canonical string, cut at a field or event boundary, on which it matches or reports a partial match.
    static func reach(of rule: Rule, in bytes: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout) -> Int? {
        var cut = bytes.count
        while cut > layout.eventsStart {
            switch try? rule.compiled.partialMatch(in: UnsafeBufferPointer(rebasing: bytes[..<cut])) {
            case .partial?, .complete?: return cut
            case .noMatch?, nil: break
            }
            cut = layout.previousCut(before: cut, in: bytes)
        }
        return nil
    }
}
