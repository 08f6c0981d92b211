import PCRE2

/// Diagnoses observations against a catalog: builds the canonical string, runs every applicable
/// rule, ranks the causes and plans the fixes.
///
/// A `Diagnoser` is immutable and `Sendable`: build one and share it between threads.
///
/// ```swift
/// let diagnoser = try Diagnoser.builtin()
/// let diagnosis = try diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
/// print(diagnosis.topCause?.id ?? "no match")   // low-battery
/// ```
public struct Diagnoser: Sendable {
    /// The catalog the rules come from.
    public let catalog: Catalog
    /// The numbers behind the ranking.
    public let policy: RankingPolicy
    /// The parser for typed text, knowing the catalog's device names.
    public let parser: TextObservationParser
    /// The catalog's device names and aliases.
    public let deviceNames: DeviceAliasTable
    /// For each cause id, its fixes as (index into `catalog.fixes`, probability), resolved once.
    private let fixLinks: [String: [(fix: Int, probability: Double)]]

    /// Creates a diagnoser for `catalog`.
    public init(catalog: Catalog, policy: RankingPolicy = .default, vocabulary: TimingVocabulary = .default) {
        self.catalog = catalog
        self.policy = policy
        self.deviceNames = DeviceAliasTable(catalog.deviceAliases)
        let fixIndex = Dictionary(catalog.fixes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.fixLinks = Dictionary(
            catalog.causes.map { cause in (cause.id, cause.fixes.compactMap { link in fixIndex[link.fix].map { ($0, link.probability) } }) },
            uniquingKeysWith: { first, _ in first })
        self.parser = TextObservationParser(devices: deviceNames, vocabulary: vocabulary)
    }

    /// A diagnoser for the built-in catalog (embedded in the binary).
    public static func builtin(policy: RankingPolicy = .default) throws(CatalogError) -> Diagnoser {
        Diagnoser(catalog: try Catalog.builtin(), policy: policy)
    }

    /// The catalog id for a device name or alias (`"Outdoor 4"` → `outdoor-4`).
    public func deviceID(for name: String) throws(DiagnoseError) -> String {
        if catalog.device(name) != nil { return name }
        if let id = deviceNames.device(named: name) { return id }
        throw DiagnoseError.unknownDevice(name, suggestion: EditDistance.nearest(to: name.lowercased(), in: catalog.devices.map(\.id), maximum: 3))
    }

    /// Reads `text` (typed words or a canonical string) and diagnoses it. `device` (an id or alias)
    /// overrides a device named in the text.
    public func diagnose(_ text: String, device: String? = nil) throws(DiagnoseError) -> Diagnosis {
        var observation = try read(text, device: device)
        if let device { observation.device = try deviceID(for: device) }
        return diagnose(observation, text: text)
    }

    /// Reads typed words or a canonical string into an observation, without diagnosing it.
    public func read(_ text: String, device: String? = nil) throws(DiagnoseError) -> Observation {
        let deviceID = try device.map { (name) throws(DiagnoseError) in try self.deviceID(for: name) }
        if CanonicalReader.looksCanonical(text) {
            do {
                var observation = try CanonicalReader.observation(from: text)
                if let deviceID { observation.device = deviceID }
                return observation
            } catch {
                throw .canonical(error)
            }
        }
        do {
            return try parser.parse(text, device: deviceID).observation
        } catch {
            throw .text(error)
        }
    }

    /// Diagnoses an observation (from a log, a canonical string, or built in code).
    public func diagnose(_ observation: Observation) -> Diagnosis {
        diagnose(observation, text: nil)
    }

    private func diagnose(_ observation: Observation, text: String?) -> Diagnosis {
        let canonical = observation.canonical
        let assessment = assess(observation, canonical: canonical)
        let question = QuestionPlanner(diagnoser: self).bestQuestion(for: observation, canonical: canonical, assessment: assessment)
        let closest = assessment.causes.isEmpty ? nearMisses(observation, canonical: canonical) : []
        var events: [EventReport] = []
        for (index, step) in observation.steps.enumerated() {
            for event in step.events { events.append(EventReport(event, step: index)) }
        }
        return Diagnosis(
            observation: text ?? canonical, device: observation.device, canonical: canonical, events: events,
            causes: assessment.causes, fixes: assessment.fixes, expectedCost: Self.rounded(assessment.expectedCost), question: question,
            closest: closest, warnings: assessment.warnings)
    }

    /// The best yes/no question to ask about `observation`, leaving out contexts already answered
    /// (value of information; `docs/ranking.md`, "Questions"). `nil` when no question is worth asking.
    public func nextQuestion(for observation: Observation, excluding answered: Set<ObservationContext>) -> DiagnosticQuestion? {
        let canonical = observation.canonical
        return QuestionPlanner(diagnoser: self).bestQuestion(
            for: observation, canonical: canonical, assessment: assess(observation, canonical: canonical), excluding: answered)
    }

    /// Ranked causes, fix plan and warnings for one observation: the diagnosis without the extras.
    struct Assessment {
        var causes: [RankedCause]
        var fixes: [PlannedFix]
        var expectedCost: Double
        var warnings: [String]
    }

    func assess(_ observation: Observation, canonical: String) -> Assessment {
        var warnings: [String] = []
        var evidenceByCause: [String: [Evidence]] = [:]
        var causeOrder: [String] = []
        for outcome in evaluate(observation, canonical: canonical, diagnosticsForMisses: false) {
            switch outcome.verdict {
            case .matched(_, let evidence):
                if evidenceByCause[outcome.rule.cause] == nil { causeOrder.append(outcome.rule.cause) }
                evidenceByCause[outcome.rule.cause, default: []].append(evidence)
            case .skipped(let error):
                warnings.append(SkippedRuleWarning(rule: outcome.rule.id, error: error).text)
            case .wrongDevice, .wrongContext, .noMatch:
                break
            }
        }
        let causes = rank(evidenceByCause, order: causeOrder)
        let (fixes, expectedCost) = planFixes(for: causes, device: observation.device)
        return Assessment(causes: causes, fixes: fixes, expectedCost: expectedCost, warnings: warnings)
    }

    /// What every rule made of `observation`, in catalog order — matched, filtered, missed or skipped.
    public func evaluate(_ observation: Observation) -> [RuleOutcome] {
        evaluate(observation, canonical: observation.canonical, diagnosticsForMisses: true)
    }

    private func evaluate(_ observation: Observation, canonical: String, diagnosticsForMisses: Bool) -> [RuleOutcome] {
        var subject = canonical
        return subject.withUTF8 { bytes in
            evaluate(observation, bytes: bytes, canonical: canonical, diagnosticsForMisses: diagnosticsForMisses)
        }
    }

    private func evaluate(
        _ observation: Observation, bytes: UnsafeBufferPointer<UInt8>, canonical: String, diagnosticsForMisses: Bool
    ) -> [RuleOutcome] {
        let eventStart = Self.eventStart(of: bytes)
        let eventBytes = bytes.count - eventStart
        var outcomes: [RuleOutcome] = []
        for rule in catalog.rules {
            let deviceFits = rule.devices.map { devices in observation.device.map(devices.contains) ?? true } ?? true
            let contextFits = rule.requiredContexts.isSubset(of: observation.contexts) && rule.excludedContexts.isDisjoint(with: observation.contexts)
            guard (deviceFits && contextFits) || diagnosticsForMisses else { continue }
            let match: Match?
            do {
                match = try rule.compiled.firstMatch(in: bytes)
            } catch {
                outcomes.append(RuleOutcome(rule: rule, verdict: .skipped(error)))
                continue
            }
            if !deviceFits {
                outcomes.append(RuleOutcome(rule: rule, verdict: .wrongDevice(match)))
            } else if !contextFits {
                let missing = rule.requiredContexts.subtracting(observation.contexts)
                let present = rule.excludedContexts.intersection(observation.contexts)
                outcomes.append(RuleOutcome(rule: rule, verdict: .wrongContext(match, missing: missing, present: present)))
            } else if let match {
                let evidence = self.evidence(rule, match, bytes: bytes, eventStart: eventStart, eventBytes: eventBytes, device: observation.device)
                outcomes.append(RuleOutcome(rule: rule, verdict: .matched(match, evidence)))
            } else if diagnosticsForMisses {
                outcomes.append(RuleOutcome(rule: rule, verdict: .noMatch(reached: Self.reach(of: rule, in: bytes, eventStart: eventStart))))
            }
        }
        return outcomes
    }

    private func evidence(
        _ rule: Rule, _ match: Match, bytes: UnsafeBufferPointer<UInt8>, eventStart: Int, eventBytes: Int, device: String?
    ) -> Evidence {
        let covered = eventBytes > 0 ? Double(max(0, match.range.upperBound - max(match.range.lowerBound, eventStart))) / Double(eventBytes) : 0
        let specificity = policy.minimumSpecificity + (1 - policy.minimumSpecificity) * min(1, covered)
        let deviceFactor: Double
        if rule.devices == nil {
            deviceFactor = policy.deviceGeneric
        } else {
            deviceFactor = device == nil ? policy.deviceUnknown : policy.deviceNamed
        }
        let contextFactor = rule.requiredContexts.isEmpty ? 1 : policy.contextsAgree
        let tierFactor = policy.factor(for: rule.tier)
        let statusFactor = rule.status == .experimental ? policy.experimental : 1
        let factors = ScoreFactors(
            weight: rule.weight, tier: tierFactor, specificity: Self.rounded(specificity), device: deviceFactor, context: contextFactor,
            status: statusFactor)
        let score = min(policy.maximumRuleScore, rule.weight * tierFactor * specificity * deviceFactor * contextFactor * statusFactor)
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
            sources: rule.sources, score: Self.rounded(score), factors: factors)
    }

    /// Combines each cause's evidence by noisy-OR and scales so that confidences sum to at most 1.
    private func rank(_ evidenceByCause: [String: [Evidence]], order: [String]) -> [RankedCause] {
        var ranked: [RankedCause] = []
        for id in order {
            guard let cause = catalog.cause(id), var evidence = evidenceByCause[id] else { continue }
            evidence.sort { ($0.score, $1.rule) > ($1.score, $0.rule) }
            let support = 1 - evidence.reduce(1) { $0 * (1 - $1.score) }
            ranked.append(RankedCause(
                id: id, title: cause.title, severity: cause.severity, confidence: support, expect: cause.expect, evidence: evidence))
        }
        let total = ranked.reduce(0) { $0 + $1.confidence }
        if total > 1 {
            for index in ranked.indices { ranked[index].confidence /= total }
        }
        // Rounded down, so that the confidences still sum to at most 1.
        for index in ranked.indices { ranked[index].confidence = (ranked[index].confidence * 10_000).rounded(.down) / 10_000 }
        ranked.sort { ($0.confidence, $1.id) > ($1.confidence, $0.id) }
        return ranked
    }

    /// The fix plan over the ranked causes.
    func planFixes(for causes: [RankedCause], device: String?) -> ([PlannedFix], Double) {
        let total = causes.reduce(0) { $0 + $1.confidence }
        guard total > 0 else { return ([], 0) }
        let probabilities = causes.map { $0.confidence / total }
        var fixOfCandidate: [Int] = []
        var candidates: [FixPlanner.Candidate] = []
        for (c, ranked) in causes.enumerated() {
            for link in fixLinks[ranked.id] ?? [] {
                let index: Int
                if let existing = fixOfCandidate.firstIndex(of: link.fix) {
                    index = existing
                } else {
                    index = candidates.count
                    fixOfCandidate.append(link.fix)
                    let fix = catalog.fixes[link.fix]
                    let cost = fix.minutes + (fix.destructive ? policy.setupMinutes : 0)
                    candidates.append(FixPlanner.Candidate(id: fix.id, cost: cost, repairs: [Double](repeating: 0, count: causes.count)))
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
            let addressed = causes.indices.filter { candidate.repairs[$0] > 0 }.map { causes[$0].id }
            fixes.append(PlannedFix(
                id: fix.id, title: fix.title, steps: fix.steps(for: device), minutes: candidate.cost, destructive: fix.destructive,
                causes: addressed, probability: Self.rounded(plan.probabilities[step])))
        }
        return (fixes, plan.expectedCost)
    }

    /// The rules that came closest, for an observation nothing matched.
    private func nearMisses(_ observation: Observation, canonical: String) -> [NearMiss] {
        var misses: [NearMiss] = []
        for outcome in evaluate(observation, canonical: canonical, diagnosticsForMisses: true) {
            let rule = outcome.rule
            switch outcome.verdict {
            case .wrongDevice(let match?):
                let devices = (rule.devices ?? []).sorted().joined(separator: ", ")
                misses.append(NearMiss(rule: rule.id, cause: rule.cause, reason: .device, detail: "matches, but only applies to \(devices)", reached: match.range.upperBound))
            case .wrongContext(let match?, let missing, let present):
                var parts: [String] = []
                if !missing.isEmpty { parts.append("needs context \(missing.map(\.rawValue).sorted().joined(separator: ", "))") }
                if !present.isEmpty { parts.append("not for context \(present.map(\.rawValue).sorted().joined(separator: ", "))") }
                misses.append(NearMiss(rule: rule.id, cause: rule.cause, reason: .context, detail: "matches, but " + parts.joined(separator: " and "), reached: match.range.upperBound))
            case .noMatch(let reached?):
                misses.append(NearMiss(rule: rule.id, cause: rule.cause, reason: .partial, detail: "the pattern got \(reached) of \(canonical.utf8.count) bytes into the event string", reached: reached))
            default:
                break
            }
        }
        let rank: (NearMiss) -> Int = { $0.reason == .partial ? 0 : 1 }
        misses.sort { (rank($0), $0.reached, $1.rule) > (rank($1), $1.reached, $0.rule) }
        return Array(misses.prefix(3))
    }

    /// Numbers in a diagnosis carry four decimals: enough to rank, stable to print.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    /// The byte offset where events start in a canonical string (after the header's " :").
    static func eventStart(of canonical: String) -> Int {
        var canonical = canonical
        return canonical.withUTF8 { eventStart(of: $0) }
    }

    /// The byte offset where events start (after the header's " :").
    static func eventStart(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var previous: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            if previous == UInt8(ascii: " "), byte == UInt8(ascii: ":") { return min(offset + 2, bytes.count) }
            previous = byte
        }
        return bytes.count
    }

    /// How far into the event string the rule's pattern can get: the longest prefix of the
    /// canonical string, cut at a field or event boundary, on which it matches or reports a partial match.
    static func reach(of rule: Rule, in bytes: UnsafeBufferPointer<UInt8>, eventStart: Int) -> Int? {
        var cut = bytes.count
        while cut > eventStart {
            switch try? rule.compiled.partialMatch(in: UnsafeBufferPointer(rebasing: bytes[..<cut])) {
            case .partial?, .complete?: return cut
            case .noMatch?, nil: break
            }
            // Step back to the previous field or event boundary.
            cut -= 1
            while cut > eventStart, bytes[cut - 1] != UInt8(ascii: ":"), bytes[cut - 1] != UInt8(ascii: " "), bytes[cut - 1] != UInt8(ascii: "&") {
                cut -= 1
            }
        }
        return nil
    }
}
