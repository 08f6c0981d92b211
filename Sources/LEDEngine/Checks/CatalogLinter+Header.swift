import LEDCore

extension CatalogLinter {
    /// Rules read as header-blind whose examples change outcome when every context the rule does not
    /// filter on is stated too: the contract the question planner relies on (``HeaderBlindness``).
    func headerReaders(_ diagnoser: Diagnoser) -> [CatalogLintFinding] {
        var findings: [CatalogLintFinding] = []
        for (index, rule) in diagnoser.catalog.rules.enumerated()
        where !HeaderBlindness.readsHeader(rule.resolvedPattern) {
            let others = Set(ObservationContext.allCases).subtracting(rule.requiredContexts)
                .subtracting(rule.excludedContexts)
            for example in rule.matchExamples + rule.noMatchExamples {
                guard var observation = try? diagnoser.read(example.text, device: example.device) else { continue }
                let alone = diagnoser.matches(rule: index, observation)
                observation.contexts.formUnion(others)
                guard diagnoser.matches(rule: index, observation) != alone else { continue }
                findings.append(
                    CatalogLintFinding(
                        "rule \"\(rule.id)\" is read as header-blind (no anchor, no dev= or ctx=), but its example "
                            + "\"\(example.text)\" \(alone ? "stops" : "starts") matching when other contexts are "
                            + "stated; anchor the pattern (^dev=… or ^[^:]*:) or match event tokens only",
                        at: rule.location, severity: .error, check: .readsHeader))
                break
            }
        }
        return findings
    }
}
