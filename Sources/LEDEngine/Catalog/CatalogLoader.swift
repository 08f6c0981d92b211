import CatalogSyntax
import LEDCore
import LEDSupport
import PCRE2
import Yams

/// Reads catalog YAML files into a validated ``Catalog``.
///
/// Every file may hold any of the sections `devices`, `causes`, `fixes`, `fragments` and `rules`
/// (`docs/catalog.md`). Loading checks everything — YAML syntax, keys and types, unknown and
/// duplicate ids, fragment cycles, PCRE2 compile errors, rules without examples — and fails as a
/// whole with every problem's `file:line:column`. Whether each rule's examples behave as declared
/// is checked by ``CatalogExampleRunner``, which needs the engine.
public struct CatalogLoader: Sendable {
    /// Whether rule patterns are JIT-compiled. JIT makes each match about twice as fast but costs
    /// tens of microseconds per pattern to compile: worth it for batches, not for one diagnosis.
    public var jit: Bool

    /// Creates a loader; `jit` chooses PCRE2's JIT compiler for the rules (see ``jit``).
    public init(jit: Bool = true) {
        self.jit = jit
    }

    private static let sections = ["devices", "causes", "fixes", "fragments", "rules", "contexts"]

    /// Loads the files as one catalog.
    public func load(_ files: [CatalogFile]) throws(CatalogError) -> Catalog {
        var problems: [CatalogProblem] = []
        var devices: [DeviceModel] = []
        var causes: [Cause] = []
        var fixes: [Fix] = []
        var drafts: [RuleDraft] = []
        var fragmentDefinitions: [String: (body: String, location: CatalogLocation)] = [:]
        var questions: [ObservationContext: (question: ContextQuestion, location: CatalogLocation)] = [:]
        var contextPhrases: [ObservationContext: [String]] = [:]

        for file in files {
            var reader = YAMLNodeReader(file: file.name)
            let root: CatalogNode?
            do {
                root = try file.archive.flatMap(CatalogNodeArchive.decode) ?? CatalogNode.parse(yaml: file.text)
            } catch let error as YamlError {
                problems.append(Self.problem(from: error, file: file.name))
                continue
            } catch {
                problems.append(CatalogProblem("cannot read YAML: \(error)", at: CatalogLocation(file: file.name, line: 1, column: 1)))
                continue
            }
            guard let root else { continue }  // an empty file holds nothing
            guard let sections = reader.mapping(root, what: "a catalog file", allowed: Self.sections) else {
                problems += reader.problems
                continue
            }
            for node in reader.sequence(sections["devices"], what: "devices") {
                if let device = Self.device(node, reader: &reader) { devices.append(device) }
            }
            for node in reader.sequence(sections["causes"], what: "causes") {
                if let cause = Self.cause(node, reader: &reader) { causes.append(cause) }
            }
            for node in reader.sequence(sections["fixes"], what: "fixes") {
                if let fix = Self.fix(node, reader: &reader) { fixes.append(fix) }
            }
            if let node = sections["fragments"] {
                if case .mapping(let mapping, _) = node {
                    for (key, value) in mapping.map({ ($0.key, $0.value) }) {
                        guard let name = key.string, let body = value.string else {
                            reader.report("a fragment is `name: 'pattern text'`", at: key)
                            continue
                        }
                        let location = reader.location(of: key)
                        if let previous = fragmentDefinitions[name] {
                            reader.report("duplicate fragment \"\(name)\" (first defined at \(previous.location))", at: location)
                        } else if !Self.isIdentifier(name) {
                            reader.report("fragment names are lower-case letters, digits and '-': \"\(name)\"", at: location)
                        } else {
                            fragmentDefinitions[name] = (body, location)
                        }
                    }
                } else {
                    reader.report("fragments must be a mapping of name to pattern", at: node)
                }
            }
            for node in reader.sequence(sections["contexts"], what: "contexts") {
                guard let fields = reader.mapping(node, what: "a context", allowed: ["id", "question", "prior", "devices", "phrases"]),
                    let id = reader.string(fields, "id", in: "a context", at: node),
                    let context = reader.enumValue(id, at: fields["id"], as: ObservationContext.self, what: "context")
                else { continue }
                for phraseNode in reader.sequence(fields["phrases"], what: "phrases") {
                    guard let phrase = phraseNode.string.flatMap(Self.contextPhrase) else {
                        reader.report("context \"\(id)\": a phrase is words of letters and apostrophes (the reader reads numbers as numbers)", at: phraseNode)
                        continue
                    }
                    if !contextPhrases[context, default: []].contains(phrase) { contextPhrases[context, default: []].append(phrase) }
                }
                // An entry with phrases only adds words to a context defined elsewhere (your own catalog
                // extending the built-in one); the question is asked once per context.
                if fields["question"] == nil, fields["phrases"] != nil, fields["prior"] == nil, fields["devices"] == nil { continue }
                guard let question = reader.string(fields, "question", in: "context \"\(id)\"", at: node) else { continue }
                let prior = fields["prior"] == nil ? 0.5 : reader.number(fields, "prior", in: "context \"\(id)\"", at: node, range: 0.01...0.99)
                let devices: Set<String>? = fields["devices"] == nil ? nil : Set(reader.strings(fields, "devices", in: "context \"\(id)\""))
                if let previous = questions[context] {
                    reader.report("duplicate context \"\(id)\" (first defined at \(previous.location))", at: node)
                } else if let prior {
                    questions[context] = (ContextQuestion(text: question, prior: prior, devices: devices), reader.location(of: node))
                }
            }
            for node in reader.sequence(sections["rules"], what: "rules") {
                if let draft = Self.rule(node, reader: &reader) { drafts.append(draft) }
            }
            problems += reader.problems
        }

        problems += Self.duplicates(devices.map { ($0.id, $0.location) }, what: "device")
        problems += Self.duplicates(causes.map { ($0.id, $0.location) }, what: "cause")
        problems += Self.duplicates(fixes.map { ($0.id, $0.location) }, what: "fix")
        problems += Self.duplicates(drafts.map { ($0.id, $0.location) }, what: "rule")

        let deviceIDs = Set(devices.map(\.id))
        let causeIDs = Set(causes.map(\.id))
        let fixIDs = Set(fixes.map(\.id))
        for cause in causes {
            for link in cause.fixes where !fixIDs.contains(link.fix) {
                problems.append(CatalogProblem("cause \"\(cause.id)\" names unknown fix \"\(link.fix)\"\(Self.suggestion(link.fix, in: fixIDs))", at: cause.location))
            }
        }
        for fix in fixes {
            for device in fix.deviceSteps.keys.sorted() where !deviceIDs.contains(device) {
                problems.append(CatalogProblem("fix \"\(fix.id)\" has steps for unknown device \"\(device)\"\(Self.suggestion(device, in: deviceIDs))", at: fix.location))
            }
        }

        var resolver = FragmentResolver(fragments: fragmentDefinitions)
        var resolvedFragments: [String: String] = [:]
        for (name, fragment) in fragmentDefinitions {
            switch resolver.resolve("{{\(name)}}") {
            case .success(let body): resolvedFragments[name] = body
            case .failure(let failure): problems.append(Self.problem(failure, at: fragment.location, in: "fragment \"\(name)\""))
            }
            if let call = PatternCallScanner.firstCall(in: fragment.body) {
                problems.append(Self.problem(call, in: fragment.body, owner: "fragment \"\(name)\"", at: fragment.location))
            }
        }

        var rules: [Rule] = []
        for draft in drafts {
            if !causeIDs.contains(draft.cause) {
                problems.append(CatalogProblem("rule \"\(draft.id)\" names unknown cause \"\(draft.cause)\"\(Self.suggestion(draft.cause, in: causeIDs))", at: draft.causeLocation))
            }
            for device in (draft.devices ?? []).sorted() where !deviceIDs.contains(device) {
                problems.append(CatalogProblem("rule \"\(draft.id)\" names unknown device \"\(device)\"\(Self.suggestion(device, in: deviceIDs))", at: draft.devicesLocation))
            }
            for example in draft.matchExamples + draft.noMatchExamples {
                if let device = example.device, !deviceIDs.contains(device) {
                    problems.append(CatalogProblem("example names unknown device \"\(device)\"\(Self.suggestion(device, in: deviceIDs))", at: example.location))
                }
            }
            if draft.matchExamples.isEmpty || draft.noMatchExamples.isEmpty {
                problems.append(CatalogProblem("rule \"\(draft.id)\" needs examples: at least one under examples.match and one under examples.no_match", at: draft.location))
            }
            let resolved: String
            switch resolver.resolve(draft.pattern) {
            case .success(let text): resolved = text
            case .failure(let failure):
                problems.append(Self.problem(failure, at: draft.patternLocation, in: "rule \"\(draft.id)\""))
                continue
            }
            if let call = PatternCallScanner.firstCall(in: resolved) {
                // Reported where it is written: in the rule's own pattern, or (already) in a fragment it uses.
                if let own = PatternCallScanner.firstCall(in: draft.pattern) {
                    problems.append(Self.problem(own, in: draft.pattern, owner: "rule \"\(draft.id)\"", at: draft.patternLocation))
                } else if !FragmentResolver.references(in: draft.pattern).contains(where: { name in
                    resolvedFragments[name].map { PatternCallScanner.firstCall(in: $0) != nil } ?? false
                }) {
                    problems.append(Self.problem(call, in: resolved, owner: "rule \"\(draft.id)\"", at: draft.patternLocation))
                }
                continue
            }
            let compiled: CompiledPattern
            do {
                compiled = try CompiledPattern(resolved, useJIT: jit)
            } catch {
                problems.append(CatalogProblem("rule \"\(draft.id)\": invalid pattern\n\(error)", at: draft.patternLocation))
                continue
            }
            rules.append(Rule(
                id: draft.id, cause: draft.cause, pattern: draft.pattern, resolvedPattern: resolved, compiled: compiled,
                devices: draft.devices, requiredContexts: draft.requiredContexts, excludedContexts: draft.excludedContexts,
                weight: draft.weight, explanation: draft.explanation, sources: draft.sources, status: draft.status,
                matchExamples: draft.matchExamples, noMatchExamples: draft.noMatchExamples, endingMatters: draft.endingMatters,
                location: draft.location))
        }

        guard problems.isEmpty else { throw CatalogError(problems: problems) }
        return Catalog(
            devices: devices, causes: causes, fixes: fixes, rules: rules, fragments: resolvedFragments,
            fragmentLocations: fragmentDefinitions.mapValues(\.location), contextQuestions: questions.mapValues(\.question),
            contextPhrases: contextPhrases)
    }

    /// A context phrase as the text reader matches it: lower case, hyphens and runs of spaces as one
    /// space, curly apostrophes straight; nil when it has anything but letters, digits and apostrophes.
    static func contextPhrase(_ text: String) -> String? {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character == " " || character == "-" {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else if character == "'" || character == "\u{2019}" {
                word.append("'")
            } else if character.isLetter {
                word.append(character)
            } else {
                return nil
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    // MARK: - Sections

    private static func device(_ node: CatalogNode, reader: inout YAMLNodeReader) -> DeviceModel? {
        let what = "a device"
        guard let fields = reader.mapping(node, what: what, allowed: ["id", "name", "aliases", "kind", "leds", "separate_leds", "power", "reset", "notes", "sources"]),
            let id = identifier(fields, in: what, at: node, reader: &reader)
        else { return nil }
        let name = reader.string(fields, "name", in: "device \"\(id)\"", at: node)
        let kind = reader.enumValue(fields, "kind", in: "device \"\(id)\"", at: node, as: DeviceKind.self)
        let power = reader.enumValue(fields, "power", in: "device \"\(id)\"", at: node, as: PowerSource.self)
        let leds = reader.sequence(fields["leds"], what: "leds").compactMap { (led: CatalogNode) -> LEDColor? in
            guard let text = led.string else { return nil }
            return reader.enumValue(text, at: led, as: LEDColor.self, what: "LED colour")
        }
        let separateLEDs = reader.sequence(fields["separate_leds"], what: "separate_leds").compactMap { (led: CatalogNode) -> LEDColor? in
            guard let text = led.string else { return nil }
            guard let color = reader.enumValue(text, at: led, as: LEDColor.self, what: "LED colour") else { return nil }
            if !leds.contains(color) { reader.report("separate_leds names \(text), which is not in the device's leds", at: led) }
            return color
        }
        var readings: [ResetReading] = []
        for entry in reader.sequence(fields["reset"], what: "reset") {
            guard let reset = reader.mapping(entry, what: "a reset reading", allowed: ["location", "hold_seconds", "source", "tier"]),
                let location = reader.string(reset, "location", in: "a reset reading", at: entry),
                let ref = reader.string(reset, "source", in: "a reset reading", at: entry),
                let tier = reader.enumValue(reset, "tier", in: "a reset reading", at: entry, as: SourceTier.self)
            else { continue }
            var holdSeconds: ClosedRange<Double>?
            if let holdNode = reset["hold_seconds"] {
                let hold = reader.sequence(holdNode, what: "hold_seconds").compactMap(\.number)
                guard hold.count == 2, hold[0] >= 0, hold[0] <= hold[1] else {
                    reader.report("hold_seconds is [min, max] in seconds", at: holdNode)
                    continue
                }
                holdSeconds = hold[0]...hold[1]
            }
            readings.append(ResetReading(location: location, holdSeconds: holdSeconds, source: SourceReference(ref: ref, tier: tier)))
        }
        let sources = reader.sources(fields, in: "device \"\(id)\"", at: node)
        guard let name, let kind, let power else { return nil }
        return DeviceModel(
            id: id, name: name, aliases: reader.strings(fields, "aliases", in: "device \"\(id)\""), kind: kind, leds: leds,
            separateLEDs: separateLEDs, power: power, reset: readings, notes: reader.string(fields, "notes", in: what, at: node, required: false),
            sources: sources, location: reader.location(of: node))
    }

    private static func cause(_ node: CatalogNode, reader: inout YAMLNodeReader) -> Cause? {
        let what = "a cause"
        guard let fields = reader.mapping(node, what: what, allowed: ["id", "title", "meaning", "severity", "expect", "fixes", "sources"]),
            let id = identifier(fields, in: what, at: node, reader: &reader)
        else { return nil }
        let owner = "cause \"\(id)\""
        let title = reader.string(fields, "title", in: owner, at: node)
        let meaning = reader.string(fields, "meaning", in: owner, at: node)
        let severity = reader.enumValue(fields, "severity", in: owner, at: node, as: Severity.self)
        var links: [CauseFix] = []
        for entry in reader.sequence(fields["fixes"], what: "fixes of \(owner)") {
            guard let link = reader.mapping(entry, what: "a cause's fix", allowed: ["fix", "probability"]),
                let fix = reader.string(link, "fix", in: "a cause's fix", at: entry),
                let probability = reader.number(link, "probability", in: "a cause's fix", at: entry, range: 0...1)
            else { continue }
            links.append(CauseFix(fix: fix, probability: probability))
        }
        let sources = reader.sources(fields, in: owner, at: node)
        guard let title, let meaning, let severity else { return nil }
        return Cause(
            id: id, title: title, meaning: meaning, severity: severity,
            expect: reader.string(fields, "expect", in: owner, at: node, required: false), fixes: links, sources: sources,
            location: reader.location(of: node))
    }

    private static func fix(_ node: CatalogNode, reader: inout YAMLNodeReader) -> Fix? {
        let what = "a fix"
        guard let fields = reader.mapping(node, what: what, allowed: ["id", "title", "minutes", "destructive", "steps", "device_steps", "sources"]),
            let id = identifier(fields, in: what, at: node, reader: &reader)
        else { return nil }
        let owner = "fix \"\(id)\""
        let title = reader.string(fields, "title", in: owner, at: node)
        let minutes = reader.number(fields, "minutes", in: owner, at: node, range: 0.1...10_000)
        let destructive = reader.bool(fields, "destructive", in: owner, at: node)
        let steps = reader.strings(fields, "steps", in: owner)
        if steps.isEmpty { reader.report("\(owner) needs at least one step", at: fields["steps"] ?? node) }
        var deviceSteps: [String: [String]] = [:]
        if let node = fields["device_steps"] {
            if case .mapping(let mapping, _) = node {
                for (key, value) in mapping.map({ ($0.key, $0.value) }) {
                    guard let device = key.string else { continue }
                    deviceSteps[device] = reader.sequence(value, what: "device_steps of \(device)").compactMap(\.string)
                }
            } else {
                reader.report("device_steps is a mapping of device id to a list of steps", at: node)
            }
        }
        let sources = reader.sources(fields, in: owner, at: node)
        guard let title, let minutes, let destructive else { return nil }
        return Fix(
            id: id, title: title, minutes: minutes, destructive: destructive, steps: steps, deviceSteps: deviceSteps,
            sources: sources, location: reader.location(of: node))
    }

    /// A rule as written, before cross-file checks and compilation.
    private struct RuleDraft {
        var id: String
        var cause: String
        var causeLocation: CatalogLocation
        var pattern: String
        var patternLocation: CatalogLocation
        var devices: Set<String>?
        var devicesLocation: CatalogLocation
        var requiredContexts: Set<ObservationContext>
        var excludedContexts: Set<ObservationContext>
        var weight: Double
        var explanation: String
        var sources: [SourceReference]
        var status: RuleStatus
        var matchExamples: [RuleExample]
        var noMatchExamples: [RuleExample]
        var endingMatters: Bool
        var location: CatalogLocation
    }

    private static func rule(_ node: CatalogNode, reader: inout YAMLNodeReader) -> RuleDraft? {
        let what = "a rule"
        guard let fields = reader.mapping(node, what: what, allowed: ["id", "cause", "pattern", "devices", "contexts", "weight", "explanation", "sources", "status", "examples", "ending"]),
            let id = identifier(fields, in: what, at: node, reader: &reader)
        else { return nil }
        let owner = "rule \"\(id)\""
        let cause = reader.string(fields, "cause", in: owner, at: node)
        let pattern = reader.string(fields, "pattern", in: owner, at: node)
        let weight = reader.number(fields, "weight", in: owner, at: node, range: 0...1)
        let explanation = reader.string(fields, "explanation", in: owner, at: node)
        let status = reader.enumValue(fields, "status", in: owner, at: node, as: RuleStatus.self)
        let ending = reader.string(fields, "ending", in: owner, at: node, required: false)
        if let ending, ending != "matters" { reader.report("\(owner): ending is \"matters\" or left out", at: fields["ending"]) }
        let sources = reader.sources(fields, in: owner, at: node)
        if fields["sources"] != nil, sources.isEmpty { reader.report("\(owner) must cite at least one source", at: fields["sources"]) }
        let devices: Set<String>? = fields["devices"] == nil ? nil : Set(reader.strings(fields, "devices", in: owner))

        var required: Set<ObservationContext> = []
        var excluded: Set<ObservationContext> = []
        if let contextsNode = fields["contexts"], let contexts = reader.mapping(contextsNode, what: "contexts", allowed: ["required", "excluded"]) {
            for (key, target) in [("required", 0), ("excluded", 1)] {
                for item in reader.sequence(contexts[key], what: "contexts.\(key)") {
                    guard let text = item.string, let context = reader.enumValue(text, at: item, as: ObservationContext.self, what: "context")
                    else { continue }
                    if target == 0 { required.insert(context) } else { excluded.insert(context) }
                }
            }
            if !required.isDisjoint(with: excluded) {
                reader.report("\(owner) both requires and excludes \(required.intersection(excluded).map(\.rawValue).sorted())", at: contextsNode)
            }
        }

        var matchExamples: [RuleExample] = []
        var noMatchExamples: [RuleExample] = []
        if let examplesNode = fields["examples"], let examples = reader.mapping(examplesNode, what: "examples", allowed: ["match", "no_match"]) {
            matchExamples = reader.sequence(examples["match"], what: "examples.match").compactMap { example($0, reader: &reader) }
            noMatchExamples = reader.sequence(examples["no_match"], what: "examples.no_match").compactMap { example($0, reader: &reader) }
        }
        guard let cause, let pattern, let weight, let explanation, let status else { return nil }
        return RuleDraft(
            id: id, cause: cause, causeLocation: reader.location(of: fields["cause"]), pattern: pattern,
            patternLocation: reader.location(of: fields["pattern"]), devices: devices,
            devicesLocation: reader.location(of: fields["devices"] ?? node), requiredContexts: required, excludedContexts: excluded,
            weight: weight, explanation: explanation, sources: sources, status: status, matchExamples: matchExamples,
            noMatchExamples: noMatchExamples, endingMatters: ending == "matters", location: reader.location(of: node))
    }

    private static func example(_ node: CatalogNode, reader: inout YAMLNodeReader) -> RuleExample? {
        if let text = node.string {
            return RuleExample(text: text, device: nil, location: reader.location(of: node))
        }
        guard let fields = reader.mapping(node, what: "an example", allowed: ["text", "device"]),
            let text = reader.string(fields, "text", in: "an example", at: node)
        else { return nil }
        return RuleExample(text: text, device: reader.string(fields, "device", in: "an example", at: node, required: false), location: reader.location(of: node))
    }

    // MARK: - Helpers

    private static func identifier(_ fields: YAMLFields, in what: String, at node: CatalogNode, reader: inout YAMLNodeReader) -> String? {
        guard let id = reader.string(fields, "id", in: what, at: node) else { return nil }
        guard isIdentifier(id) else {
            reader.report("ids are lower-case letters, digits and '-': \"\(id)\"", at: fields["id"])
            return nil
        }
        return id
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    private static func duplicates(_ ids: [(String, CatalogLocation)], what: String) -> [CatalogProblem] {
        var first: [String: CatalogLocation] = [:]
        var problems: [CatalogProblem] = []
        for (id, location) in ids {
            if let previous = first[id] {
                problems.append(CatalogProblem("duplicate \(what) id \"\(id)\" (first defined at \(previous))", at: location))
            } else {
                first[id] = location
            }
        }
        return problems
    }

    private static func suggestion(_ name: String, in known: Set<String>) -> String {
        guard let nearest = EditDistance.nearest(to: name, in: known, maximum: 3) else { return "" }
        return "; did you mean \"\(nearest)\"?"
    }

    private static func problem(_ failure: FragmentResolver.Failure, at location: CatalogLocation, in owner: String) -> CatalogProblem {
        switch failure {
        case .unknown(let name): return CatalogProblem("\(owner) uses unknown fragment \"{{\(name)}}\"", at: location)
        case .cycle(let trail): return CatalogProblem("\(owner): fragments refer to each other in a cycle: \(trail.joined(separator: " → "))", at: location)
        case .unterminated: return CatalogProblem("\(owner): \"{{\" without a closing \"}}\"", at: location)
        }
    }

    /// A recursion or subroutine call in a pattern or fragment, with a caret under it.
    private static func problem(_ call: PatternCallScanner.Call, in pattern: String, owner: String, at location: CatalogLocation) -> CatalogProblem {
        let rendered = PCRE2Error.compile(message: "", offset: call.offset, pattern: pattern).rendered
        let caret = rendered.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
        return CatalogProblem(
            "\(owner): recursion and subroutine calls such as \(call.text) are not allowed in catalog patterns "
                + "(the events are flat, and no PCRE2 limit bounds their cost)\n\(caret)",
            at: location)
    }

    private static func problem(from error: YamlError, file: String) -> CatalogProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return CatalogProblem("invalid YAML: \(problem)", at: CatalogLocation(file: file, line: mark.line, column: mark.column))
        case .reader(let problem, _, _, _):
            return CatalogProblem("invalid YAML: \(problem)", at: CatalogLocation(file: file, line: 1, column: 1))
        default:
            return CatalogProblem("invalid YAML: \(error)", at: CatalogLocation(file: file, line: 1, column: 1))
        }
    }
}
