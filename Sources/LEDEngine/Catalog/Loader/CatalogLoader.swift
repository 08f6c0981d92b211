import CatalogSyntax
import LEDCore
import LEDSupport
import PCRE2
import Yams

/// Reads catalog YAML files into a validated ``Catalog``.
///
/// Every file may hold any of the sections `devices`, `causes`, `fixes`, `fragments`, `rules`, `contexts`
/// and `light_questions` (`docs/catalog.md`). Loading checks everything — YAML syntax and size (alias
/// bombs: ``CatalogLimits``), keys and types, unknown and duplicate ids, fragment cycles and expanded
/// sizes, PCRE2 compile errors, rules without examples — and fails as a whole with every problem's
/// `file:line:column`. Whether each rule's examples behave as declared is checked by
/// ``CatalogExampleRunner``, which needs the engine.
public struct CatalogLoader: Sendable {
    /// Whether rule patterns are JIT-compiled. JIT makes each match about twice as fast but costs
    /// tens of microseconds per pattern to compile: worth it for batches, not for one diagnosis.
    public var jit: Bool
    /// What loading may cost: aliases and nodes per file, expanded pattern sizes.
    public var limits: CatalogLimits

    /// Creates a loader; `jit` chooses PCRE2's JIT compiler for the rules (see ``jit``), `limits` what
    /// loading may cost (see ``CatalogLimits``).
    public init(jit: Bool = true, limits: CatalogLimits = .standard) {
        self.jit = jit
        self.limits = limits
    }

    private static let sections = ["devices", "causes", "fixes", "fragments", "rules", "contexts", "light_questions"]

    /// `file`'s text parsed as this loader parses it (its YAML limits), as a ``CatalogNodeArchive`` for a
    /// later load to use; `nil` when the text does not parse or is empty (loading it reports why).
    package func archive(_ file: CatalogFile) -> String? {
        guard let root = try? CatalogNode.parse(yaml: file.text, limits: limits.yaml) else { return nil }
        return CatalogNodeArchive.encode(root)
    }

    /// Loads the files as one catalog.
    public func load(_ files: [CatalogFile]) throws(CatalogError) -> Catalog {
        var problems: [CatalogProblem] = []
        var devices: [DeviceModel] = []
        var causes: [Cause] = []
        var fixes: [Fix] = []
        var drafts: [RuleDraft] = []
        var fragmentDefinitions: [String: FragmentDefinition] = [:]
        var questions: [ObservationContext: ContextDefinition] = [:]
        var contextPhrases: [ObservationContext: [String]] = [:]
        var lightDrafts: [LightQuestionDraft] = []

        for file in files {
            var reader = YAMLNodeReader(file: file.name)
            let root: CatalogNode?
            do {
                root =
                    try BuiltinCatalogTrees.tree(of: file) ?? file.archive.flatMap(CatalogNodeArchive.decode)
                    ?? CatalogNode.parse(yaml: file.text, limits: limits.yaml)
            } catch let error as YamlError {
                problems.append(Self.problem(from: error, file: file.name))
                continue
            } catch let refusal as CatalogYAMLLimitError {
                problems.append(
                    CatalogProblem(
                        refusal.message,
                        at: CatalogLocation(file: file.name, line: refusal.mark.line, column: refusal.mark.column)))
                continue
            } catch {
                problems.append(
                    CatalogProblem(
                        "cannot read YAML: \(error)", at: CatalogLocation(file: file.name, line: 1, column: 1)))
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
            Self.readFragments(sections["fragments"], into: &fragmentDefinitions, reader: &reader)
            for node in reader.sequence(sections["contexts"], what: "contexts") {
                Self.readContext(node, questions: &questions, phrases: &contextPhrases, reader: &reader)
            }
            for node in reader.sequence(sections["rules"], what: "rules") {
                if let draft = Self.rule(node, reader: &reader) { drafts.append(draft) }
            }
            for node in reader.sequence(sections["light_questions"], what: "light_questions") {
                if let draft = Self.lightQuestion(node, reader: &reader) { lightDrafts.append(draft) }
            }
            problems += reader.problems
        }

        problems += Self.duplicates(devices.map { ($0.id, $0.location) }, what: "device")
        problems += Self.duplicates(causes.map { ($0.id, $0.location) }, what: "cause")
        problems += Self.duplicates(fixes.map { ($0.id, $0.location) }, what: "fix")
        problems += Self.duplicates(drafts.map { ($0.id, $0.location) }, what: "rule")
        problems += Self.duplicates(lightDrafts.map { ($0.id, $0.location) }, what: "light question")

        let deviceIDs = Set(devices.map(\.id))
        let causeIDs = Set(causes.map(\.id))
        let fixIDs = Set(fixes.map(\.id))
        for cause in causes {
            for link in cause.fixes where !fixIDs.contains(link.fix) {
                problems.append(
                    CatalogProblem(
                        "cause \"\(cause.id)\" names unknown fix \"\(link.fix)\""
                            + Self.suggestion(link.fix, in: fixIDs),
                        at: cause.location))
            }
        }
        for (context, definition) in questions.sorted(by: { $0.key < $1.key }) {
            for cause in definition.question.likelihoods.keys.sorted() where !causeIDs.contains(cause) {
                problems.append(
                    CatalogProblem(
                        "context \"\(context.rawValue)\" gives P(yes | cause) for unknown cause \"\(cause)\""
                            + Self.suggestion(cause, in: causeIDs),
                        at: definition.location))
            }
        }
        for fix in fixes {
            for device in fix.deviceSteps.keys.sorted() where !deviceIDs.contains(device) {
                problems.append(
                    CatalogProblem(
                        "fix \"\(fix.id)\" has steps for unknown device \"\(device)\""
                            + Self.suggestion(device, in: deviceIDs),
                        at: fix.location))
            }
        }

        var resolver = FragmentResolver(fragments: fragmentDefinitions, limits: limits)
        Self.check(fragmentDefinitions, with: &resolver, problems: &problems)

        var rules: [Rule] = []
        for draft in drafts {
            if !causeIDs.contains(draft.cause) {
                problems.append(
                    CatalogProblem(
                        "rule \"\(draft.id)\" names unknown cause \"\(draft.cause)\""
                            + Self.suggestion(draft.cause, in: causeIDs),
                        at: draft.causeLocation))
            }
            problems += Self.unknownDevices(
                draft.devices, of: "rule \"\(draft.id)\"", at: draft.devicesLocation, known: deviceIDs)
            for example in draft.matchExamples + draft.noMatchExamples {
                if let device = example.device, !deviceIDs.contains(device) {
                    problems.append(
                        CatalogProblem(
                            "example names unknown device \"\(device)\"\(Self.suggestion(device, in: deviceIDs))",
                            at: example.location))
                }
            }
            if draft.matchExamples.isEmpty || draft.noMatchExamples.isEmpty {
                problems.append(
                    CatalogProblem(
                        "rule \"\(draft.id)\" needs examples: "
                            + "at least one under examples.match and one under examples.no_match",
                        at: draft.location))
            }
            if let rule = compile(draft, resolver: &resolver, problems: &problems) {
                rules.append(rule)
            }
        }

        var lightQuestions: [LightQuestion] = []
        for draft in lightDrafts {
            problems += Self.unknownDevices(
                draft.devices, of: "light question \"\(draft.id)\"", at: draft.devicesLocation, known: deviceIDs)
            if let question = compile(draft, resolver: &resolver, problems: &problems) {
                lightQuestions.append(question)
            }
        }

        guard problems.isEmpty else { throw CatalogError(problems: problems) }
        return Catalog(
            devices: devices, causes: causes, fixes: fixes, rules: rules, fragments: resolver.expanded,
            fragmentLocations: fragmentDefinitions.mapValues(\.location),
            contextQuestions: questions.mapValues(\.question),
            contextPhrases: contextPhrases, lightQuestions: lightQuestions)
    }
}
