import CatalogSyntax
import LEDCore
import PCRE2

// The `rules` section: rule drafts, checked and compiled once every file is read.
extension CatalogLoader {
    /// A rule as written, before cross-file checks and compilation.
    struct RuleDraft {
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

    static func rule(_ node: CatalogNode, reader: inout YAMLNodeReader) -> RuleDraft? {
        let allowed = [
            "id", "cause", "pattern", "devices", "contexts", "weight", "explanation", "sources", "status", "examples",
            "ending",
        ]
        guard let (fields, id, owner) = entry(node, "rule", allowed: allowed, reader: &reader) else { return nil }
        let cause = reader.string(fields, "cause", in: owner, at: node)
        let pattern = reader.string(fields, "pattern", in: owner, at: node)
        let weight = reader.number(fields, "weight", in: owner, at: node, range: 0...1)
        let explanation = reader.string(fields, "explanation", in: owner, at: node)
        let status = reader.enumValue(fields, "status", in: owner, at: node, as: RuleStatus.self)
        let ending = reader.string(fields, "ending", in: owner, at: node, required: false)
        if let ending, ending != "matters" {
            reader.report("\(owner): ending is \"matters\" or left out", at: fields["ending"])
        }
        let sources = reader.sources(fields, in: owner, at: node)
        if fields["sources"] != nil, sources.isEmpty {
            reader.report("\(owner) must cite at least one source", at: fields["sources"])
        }
        let devices: Set<String>? = fields["devices"] == nil ? nil : Set(reader.strings(fields, "devices", in: owner))

        var required: Set<ObservationContext> = []
        var excluded: Set<ObservationContext> = []
        if let contextsNode = fields["contexts"],
            let contexts = reader.mapping(contextsNode, what: "contexts", allowed: ["required", "excluded"])
        {
            for (key, target) in [("required", 0), ("excluded", 1)] {
                for item in reader.sequence(contexts[key], what: "contexts.\(key)") {
                    guard let text = item.string,
                        let context = reader.enumValue(text, at: item, as: ObservationContext.self, what: "context")
                    else { continue }
                    if target == 0 { required.insert(context) } else { excluded.insert(context) }
                }
            }
            if !required.isDisjoint(with: excluded) {
                reader.report(
                    "\(owner) both requires and excludes \(required.intersection(excluded).map(\.rawValue).sorted())",
                    at: contextsNode)
            }
        }

        var matchExamples: [RuleExample] = []
        var noMatchExamples: [RuleExample] = []
        if let examplesNode = fields["examples"],
            let examples = reader.mapping(examplesNode, what: "examples", allowed: ["match", "no_match"])
        {
            matchExamples = reader.sequence(examples["match"], what: "examples.match").compactMap {
                example($0, reader: &reader)
            }
            noMatchExamples = reader.sequence(examples["no_match"], what: "examples.no_match").compactMap {
                example($0, reader: &reader)
            }
        }
        guard let cause, let pattern, let weight, let explanation, let status else { return nil }
        return RuleDraft(
            id: id, cause: cause, causeLocation: reader.location(of: fields["cause"]), pattern: pattern,
            patternLocation: reader.location(of: fields["pattern"]), devices: devices,
            devicesLocation: reader.location(of: fields["devices"] ?? node), requiredContexts: required,
            excludedContexts: excluded,
            weight: weight, explanation: explanation, sources: sources, status: status, matchExamples: matchExamples,
            noMatchExamples: noMatchExamples, endingMatters: ending == "matters", location: reader.location(of: node))
    }

    static func example(_ node: CatalogNode, reader: inout YAMLNodeReader) -> RuleExample? {
        if let text = node.string {
            return RuleExample(text: text, device: nil, location: reader.location(of: node))
        }
        guard let fields = reader.mapping(node, what: "an example", allowed: ["text", "device"]),
            let text = reader.string(fields, "text", in: "an example", at: node)
        else { return nil }
        return RuleExample(
            text: text, device: reader.string(fields, "device", in: "an example", at: node, required: false),
            location: reader.location(of: node))
    }

    /// The rule `draft` describes, its pattern expanded and compiled; nil (and a problem) when the
    /// pattern uses an unknown fragment, expands past the size limit, uses recursion, or does not compile.
    func compile(
        _ draft: RuleDraft, resolver: inout FragmentResolver, problems: inout [CatalogProblem]
    ) -> Rule? {
        guard
            let (resolved, compiled) = compilePattern(
                draft.pattern, of: "rule \"\(draft.id)\"", at: draft.patternLocation, resolver: &resolver,
                problems: &problems)
        else { return nil }
        return Rule(
            id: draft.id, cause: draft.cause, pattern: draft.pattern, resolvedPattern: resolved, compiled: compiled,
            devices: draft.devices, requiredContexts: draft.requiredContexts, excludedContexts: draft.excludedContexts,
            weight: draft.weight, explanation: draft.explanation, sources: draft.sources, status: draft.status,
            matchExamples: draft.matchExamples, noMatchExamples: draft.noMatchExamples,
            endingMatters: draft.endingMatters,
            location: draft.location)
    }

    /// `pattern` (of `owner`, written at `location`) with its fragments expanded, and compiled; nil (and a
    /// problem) when it uses an unknown fragment, expands past the size limit, uses recursion, or does not
    /// compile.
    func compilePattern(
        _ pattern: String, of owner: String, at location: CatalogLocation, resolver: inout FragmentResolver,
        problems: inout [CatalogProblem]
    ) -> (resolved: String, compiled: CompiledPattern)? {
        let resolved: String
        switch resolver.resolve(pattern) {
        case .success(let text): resolved = text
        case .failure(let failure):
            if let problem = Self.problem(failure, at: location, in: owner, resolver: &resolver) {
                problems.append(problem)
            }
            return nil
        }
        if let call = PatternCallScanner.firstCall(in: resolved) {
            // Reported where it is written: in the pattern itself, or (already) in a fragment it uses.
            if let own = PatternCallScanner.firstCall(in: pattern) {
                problems.append(Self.problem(own, in: pattern, owner: owner, at: location))
            } else if !FragmentResolver.references(in: pattern).contains(where: { name in
                resolver.expanded[name].map { PatternCallScanner.firstCall(in: $0) != nil } ?? false
            }) {
                problems.append(Self.problem(call, in: resolved, owner: owner, at: location))
            }
            return nil
        }
        do {
            return (resolved, try CompiledPattern(resolved, useJIT: jit))
        } catch {
            problems.append(CatalogProblem("\(owner): invalid pattern\n\(error)", at: location))
            return nil
        }
    }
}
