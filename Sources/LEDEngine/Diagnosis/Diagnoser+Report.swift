import LEDCore
import PCRE2

/// The reports a diagnosis holds, made from the scoring's numbers: ranked causes with their evidence,
/// and the warnings of skipped rules.
extension Diagnoser {
    /// The ranked causes of a scoring, with their evidence, as a diagnosis reports them.
    func rankedCauses(_ scoring: RuleScoring, bytes: UnsafeBufferPointer<UInt8>, device: String?) -> [RankedCause] {
        scoring.beliefs.map { belief in
            let cause = catalog.causes[belief.cause]
            return RankedCause(
                id: cause.id, title: cause.title, severity: cause.severity, confidence: belief.confidence,
                expect: cause.expect,
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
            if let range {
                groups[String(number)] = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
        }
        for (name, number) in rule.compiled.groupNames {
            if number < match.groups.count, let range = match.groups[number] {
                groups[name] = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
        }
        return Evidence(
            rule: rule.id, span: [match.range.lowerBound, match.range.upperBound], groups: groups,
            explanation: rule.explanation,
            sources: rule.sources, score: hit.score, factors: factors)
    }

    /// The rules a scoring skipped, with why.
    func skippedRules(_ scoring: RuleScoring) -> [Diagnosis.SkippedRule] {
        scoring.skipped.map { Diagnosis.SkippedRule(rule: catalog.rules[$0.rule].id, error: $0.error) }
    }
}
