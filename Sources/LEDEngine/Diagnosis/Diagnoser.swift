public import LEDCore
public import LEDInput
import LEDSupport
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
    /// For each cause (by index in `catalog.causes`), its fixes as (index into `catalog.fixes`,
    /// probability), resolved once.
    let causeFixes: [[(fix: Int, probability: Double)]]
    /// The rules' devices, contexts and causes as numbers.
    let rules: RuleTable
    /// Fix plans already made, by device and ranked causes (a batch meets the same few hundred often).
    let plans = SharedMemo<FixPlanKey, FixPlanResult>()
    /// Questions already weighed, by device and the rules' hits with and without each answer.
    let questions = SharedMemo<QuestionKey, DiagnosticQuestion?>()

    /// Creates a diagnoser for `catalog`.
    public init(catalog: Catalog, policy: RankingPolicy = .default, vocabulary: TimingVocabulary = .default) {
        self.catalog = catalog
        self.policy = policy
        self.deviceNames = DeviceAliasTable(catalog.deviceAliases)
        let fixIndex = Dictionary(catalog.fixes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.causeFixes = catalog.causes.map { cause in cause.fixes.compactMap { link in fixIndex[link.fix].map { ($0, link.probability) } } }
        self.rules = RuleTable(catalog)
        self.parser = TextObservationParser(
            devices: deviceNames, vocabulary: vocabulary,
            separateLEDs: Dictionary(
                catalog.devices.filter { $0.separateLEDs.count > 1 }.map { ($0.id, Set($0.separateLEDs)) },
                uniquingKeysWith: { first, _ in first }),
            contextPhrases: catalog.contextPhrases)
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
        var (observation, repairs) = try readWithRepairs(text, device: device)
        if let device { observation.device = try deviceID(for: device) }
        var diagnosis = diagnose(observation, text: text)
        diagnosis.notes = repairs.map(\.note)
        return diagnosis
    }

    /// Reads typed words or a canonical string into an observation, without diagnosing it.
    public func read(_ text: String, device: String? = nil) throws(DiagnoseError) -> Observation {
        try readWithRepairs(text, device: device).observation
    }

    /// Reads typed words or a canonical string, with the words it read as others.
    func readWithRepairs(_ text: String, device: String? = nil) throws(DiagnoseError) -> (observation: Observation, repairs: [WordRepair]) {
        let deviceID = try device.map { (name) throws(DiagnoseError) in try self.deviceID(for: name) }
        if CanonicalReader.looksCanonical(text) {
            do {
                var observation = try CanonicalReader.observation(from: text)
                if let deviceID { observation.device = deviceID }
                return (observation, [])
            } catch {
                throw .canonical(error)
            }
        }
        do {
            let parsed = try parser.parse(text, device: deviceID)
            return (parsed.observation, parsed.repairs)
        } catch {
            throw .text(error)
        }
    }

    /// Diagnoses an observation (from a log, a canonical string, or built in code).
    public func diagnose(_ observation: Observation) -> Diagnosis {
        diagnose(observation, text: nil)
    }

    /// Diagnoses what the light does now: steps flagged `past` ("it used to blink blue; now …") come
    /// first in time and are shown in the report, but the rules, the ranking and the questions read
    /// only the steps after them. Evidence spans are moved to point into the whole canonical string.
    private func diagnose(_ observation: Observation, text: String?) -> Diagnosis {
        guard let history = ObservationHistory(observation) else { return diagnoseNow(observation, text: text) }
        var diagnosis = diagnoseNow(history.now, text: text)
        var subject: [UInt8] = []
        let stepsStart = CanonicalWriter.write(observation, into: &subject)
        let moved = history.moved as (Int) -> Int
        if text == nil { diagnosis.observation = String(decoding: subject, as: UTF8.self) }
        diagnosis.canonical = String(decoding: subject, as: UTF8.self)
        diagnosis.events = subject.withUnsafeBufferPointer { Self.eventReports(observation, bytes: $0, stepsStart: stepsStart) }
        for cause in diagnosis.causes.indices {
            for evidence in diagnosis.causes[cause].evidence.indices {
                diagnosis.causes[cause].evidence[evidence].span = diagnosis.causes[cause].evidence[evidence].span.map(moved)
            }
        }
        for miss in diagnosis.closest.indices { diagnosis.closest[miss].reached = moved(diagnosis.closest[miss].reached) }
        return diagnosis
    }

    /// The events of `observation` with their tokens, cut from its canonical string `bytes`: steps after
    /// the header at `stepsStart`, separated by spaces, their events by "&" (neither occurs in a token).
    private static func eventReports(_ observation: Observation, bytes: UnsafeBufferPointer<UInt8>, stepsStart: Int) -> [EventReport] {
        var events: [EventReport] = []
        var tokenStart = stepsStart
        for (index, step) in observation.steps.enumerated() {
            for event in step.events {
                var tokenEnd = tokenStart
                while tokenEnd < bytes.count, bytes[tokenEnd] != UInt8(ascii: " "), bytes[tokenEnd] != UInt8(ascii: "&") { tokenEnd += 1 }
                let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokenStart..<tokenEnd]), as: UTF8.self)
                events.append(EventReport(event, step: index, token: token))
                tokenStart = tokenEnd + 1
            }
        }
        return events
    }

    private func diagnoseNow(_ observation: Observation, text: String?) -> Diagnosis {
        // The canonical string is written once, as bytes: the rules match these, the string is made from them.
        var subject: [UInt8] = []
        let stepsStart = CanonicalWriter.write(observation, into: &subject)
        let canonical = String(decoding: subject, as: UTF8.self)
        return subject.withUnsafeBufferPointer { bytes in
            let scoring = score(observation, bytes: bytes)
            let question = QuestionPlanner.bestQuestion(self, for: observation, canonical: bytes, scoring: scoring)
            let closest = scoring.beliefs.isEmpty ? nearMisses(observation, bytes: bytes, scoring: scoring) : []
            let events = Self.eventReports(observation, bytes: bytes, stepsStart: stepsStart)
            return Diagnosis(
                observation: text ?? canonical, device: observation.device, canonical: canonical, events: events,
                causes: rankedCauses(scoring, bytes: bytes, device: observation.device), fixes: scoring.plan.fixes,
                expectedCost: Self.rounded(scoring.plan.expectedCost), question: question, closest: closest, warnings: warnings(scoring))
        }
    }

    /// The best yes/no question to ask about `observation`, leaving out contexts already answered
    /// (value of information; `docs/ranking.md`, "Questions"). `nil` when no question is worth asking.
    public func nextQuestion(for observation: Observation, excluding answered: Set<ObservationContext>) -> DiagnosticQuestion? {
        var canonical = observation.canonical
        return canonical.withUTF8 { bytes in
            QuestionPlanner.bestQuestion(
                self, for: observation, canonical: bytes, scoring: score(observation, bytes: bytes), excluding: answered)
        }
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
        let device = rules.key(forDevice: observation.device)
        let contexts = RuleTable.bits(observation.contexts)
        var outcomes: [RuleOutcome] = []
        for (index, rule) in catalog.rules.enumerated() {
            let deviceFits = rules.fitsDevice(index, device)
            let contextFits = rules.fitsContexts(index, contexts)
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
                let hit = self.hit(index, match, eventStart: eventStart, eventBytes: bytes.count - eventStart, device: observation.device)
                outcomes.append(RuleOutcome(rule: rule, verdict: .matched(match, evidence(hit, bytes: bytes, device: observation.device))))
            } else if diagnosticsForMisses {
                outcomes.append(RuleOutcome(rule: rule, verdict: .noMatch(reached: Self.reach(of: rule, in: bytes, eventStart: eventStart))))
            }
        }
        return outcomes
    }

    /// The rules that came closest, for an observation nothing matched (`scoring` is its scoring):
    /// rules whose pattern matches but that are for other devices or contexts, by how far their
    /// match reaches, then rules whose pattern got furthest into the event string (partial
    /// matching), each group by rule id on ties; at most three.
    ///
    /// The partial reach is the longest prefix, cut at a field or event boundary, on which a pattern
    /// matches partly (``reach(of:in:eventStart:)``). The cuts are tried longest first for all rules
    /// at once, and the search stops at the first cut that completes the three: rules that only
    /// reach shorter prefixes could not be among them.
    private func nearMisses(_ observation: Observation, bytes: UnsafeBufferPointer<UInt8>, scoring: RuleScoring) -> [NearMiss] {
        let limit = 3
        let eventStart = Self.eventStart(of: bytes)
        let device = rules.key(forDevice: observation.device)
        let contexts = RuleTable.bits(observation.contexts)
        var filtered: [(rule: Int, reason: NearMiss.Reason, reached: Int)] = []
        var open: [Int] = []
        for index in rules.patterns.indices {
            let deviceFits = rules.fitsDevice(index, device)
            let contextFits = rules.fitsContexts(index, contexts)
            if deviceFits && contextFits {
                // The scoring matched these: a hit or a skipped rule is no near miss.
                guard !scoring.hits.contains(where: { $0.rule == index }), !scoring.skipped.contains(where: { $0.rule == index }) else { continue }
                open.append(index)
            } else if let match = try? rules.patterns[index].firstMatch(inValidUTF8: bytes) {
                filtered.append((index, deviceFits ? .context : .device, match.range.upperBound))
            }
        }
        let ruleOrder = rules.ruleOrder
        filtered.sort { $0.reached != $1.reached ? $0.reached > $1.reached : ruleOrder[$0.rule] < ruleOrder[$1.rule] }
        var chosen = Array(filtered.prefix(limit))
        var cut = bytes.count
        while chosen.count < limit, cut > eventStart, !open.isEmpty {
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
            for index in reachedHere.prefix(limit - chosen.count) { chosen.append((index, .partial, cut)) }
            cut = Self.previousCut(before: cut, in: bytes, eventStart: eventStart)
        }
        return chosen.map { nearMiss(rule: $0.rule, reason: $0.reason, reached: $0.reached, observation: observation, length: bytes.count) }
    }

    /// The near miss of rule `index` for `reason`, in words.
    private func nearMiss(rule index: Int, reason: NearMiss.Reason, reached: Int, observation: Observation, length: Int) -> NearMiss {
        let rule = catalog.rules[index]
        let detail: String
        switch reason {
        case .device:
            detail = "matches, but only applies to " + (rule.devices ?? []).sorted().joined(separator: ", ")
        case .context:
            let missing = rule.requiredContexts.subtracting(observation.contexts)
            let present = rule.excludedContexts.intersection(observation.contexts)
            var parts: [String] = []
            if !missing.isEmpty { parts.append("needs context \(missing.map(\.rawValue).sorted().joined(separator: ", "))") }
            if !present.isEmpty { parts.append("not for context \(present.map(\.rawValue).sorted().joined(separator: ", "))") }
            detail = "matches, but " + parts.joined(separator: " and ")
        case .partial:
            detail = "the pattern got \(reached) of \(length) bytes into the event string"
        }
        return NearMiss(rule: rule.id, cause: rule.cause, reason: reason, detail: detail, reached: reached)
    }

    /// Numbers in a diagnosis carry four decimals: enough to rank, stable to print.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

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
            cut = previousCut(before: cut, in: bytes, eventStart: eventStart)
        }
        return nil
    }

    /// The next shorter prefix length to try for a partial match: the previous field or event boundary.
    static func previousCut(before cut: Int, in bytes: UnsafeBufferPointer<UInt8>, eventStart: Int) -> Int {
        var cut = cut - 1
        while cut > eventStart, bytes[cut - 1] != UInt8(ascii: ":"), bytes[cut - 1] != UInt8(ascii: " "), bytes[cut - 1] != UInt8(ascii: "&") {
            cut -= 1
        }
        return cut
    }
}
