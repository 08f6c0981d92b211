import CatalogSyntax
import LEDCore
import PCRE2

// The `light_questions` section: questions about the light, checked and compiled once every file is read.
extension CatalogLoader {
    /// A light question as written, before its pattern is compiled: what it says, and where each part
    /// is written (for the problems found once every file is read).
    struct LightQuestionDraft {
        var id: String
        var text: String
        var devices: Set<String>?
        var choices: [LightQuestion.Choice]
        var sources: [SourceReference]
        var examples: [LightQuestionExample]
        /// The pattern, and where it is written.
        var pattern: (text: String, location: CatalogLocation)
        var location: CatalogLocation
        var devicesLocation: CatalogLocation
        var choiceLocations: [CatalogLocation]
    }

    static func lightQuestion(_ node: CatalogNode, reader: inout YAMLNodeReader) -> LightQuestionDraft? {
        let allowed = ["id", "question", "when", "devices", "answers", "sources", "examples"]
        guard let (fields, id, owner) = entry(node, "light question", allowed: allowed, reader: &reader) else {
            return nil
        }
        let text = reader.string(fields, "question", in: owner, at: node)
        let pattern = reader.string(fields, "when", in: owner, at: node)
        let devices: Set<String>? = fields["devices"] == nil ? nil : Set(reader.strings(fields, "devices", in: owner))
        let sources = reader.sources(fields, in: owner, at: node)
        if fields["sources"] != nil, sources.isEmpty {
            reader.report("\(owner) must cite at least one source", at: fields["sources"])
        }
        var written: [(id: String, text: String, rewrite: String?, prior: Double?, location: CatalogLocation)] = []
        for choiceNode in reader.sequence(fields["answers"], what: "answers of \(owner)") {
            guard
                let choice = reader.mapping(
                    choiceNode, what: "an answer", allowed: ["id", "says", "rewrite", "prior"]),
                let choiceID = identifier(choice, in: "an answer of \(owner)", at: choiceNode, reader: &reader),
                let says = reader.string(choice, "says", in: "answer \"\(choiceID)\" of \(owner)", at: choiceNode)
            else { continue }
            let what = "answer \"\(choiceID)\" of \(owner)"
            let rewrite = reader.string(choice, "rewrite", in: what, at: choiceNode, required: false)
            let prior =
                choice["prior"] == nil
                ? nil : reader.number(choice, "prior", in: what, at: choiceNode, range: 0.01...0.99)
            if written.contains(where: { $0.id == choiceID }) {
                reader.report("\(owner) has answer \"\(choiceID)\" twice", at: choiceNode)
                continue
            }
            written.append((choiceID, says, rewrite, prior, reader.location(of: choiceNode)))
        }
        if fields["answers"] != nil, written.count < 2 {
            reader.report("\(owner) needs at least two answers", at: fields["answers"])
        }
        // Priors: as written; the choices without one share what is left equally.
        let given = written.compactMap(\.prior).reduce(0, +)
        let unpriced = written.filter { $0.prior == nil }.count
        if given > 1 + 1e-9 || (unpriced == 0 && abs(given - 1) > 1e-6) {
            reader.report("\(owner): the answers' priors must sum to 1 (they sum to \(given))", at: fields["answers"])
        }
        let share = unpriced == 0 ? 0 : max(0, 1 - given) / Double(unpriced)
        let choices = written.map {
            LightQuestion.Choice(id: $0.id, text: $0.text, rewrite: $0.rewrite, prior: $0.prior ?? share)
        }

        var examples: [LightQuestionExample] = []
        if let examplesNode = fields["examples"],
            let sections = reader.mapping(examplesNode, what: "examples", allowed: ["answer", "no_match"])
        {
            for example in reader.sequence(sections["answer"], what: "examples.answer") {
                let allowed = ["text", "device", "answer", "gives"]
                guard let entries = reader.mapping(example, what: "an example", allowed: allowed) else { continue }
                // Every missing key is reported, not only the first.
                let given = ["text", "answer", "gives"].map {
                    reader.string(entries, $0, in: "an example", at: example)
                }
                guard let exampleText = given[0], let answer = given[1], let gives = given[2] else { continue }
                if !choices.contains(where: { $0.id == answer }) {
                    reader.report(
                        "example of \(owner) answers \"\(answer)\", which is not one of its answers",
                        at: entries["answer"])
                }
                examples.append(
                    LightQuestionExample(
                        text: exampleText,
                        device: reader.string(entries, "device", in: "an example", at: example, required: false),
                        answer: answer, gives: gives, location: reader.location(of: example)))
            }
            for example in reader.sequence(sections["no_match"], what: "examples.no_match") {
                guard let plain = Self.example(example, reader: &reader) else { continue }
                examples.append(
                    LightQuestionExample(
                        text: plain.text, device: plain.device, answer: nil, gives: nil, location: plain.location))
            }
        }
        if !examples.contains(where: { $0.answer != nil }) || !examples.contains(where: { $0.answer == nil }) {
            reader.report(
                "\(owner) needs examples: at least one under examples.answer and one under examples.no_match", at: node)
        }
        guard let text, let pattern else { return nil }
        return LightQuestionDraft(
            id: id, text: text, devices: devices, choices: choices, sources: sources, examples: examples,
            pattern: (pattern, reader.location(of: fields["when"])), location: reader.location(of: node),
            devicesLocation: reader.location(of: fields["devices"] ?? node), choiceLocations: written.map(\.location))
    }

    /// The light question `draft` describes, its pattern expanded and compiled; nil (and a problem) when
    /// the pattern uses an unknown fragment, expands past the size limit, uses recursion, or does not
    /// compile, or a rewrite names a group the pattern does not have.
    func compile(
        _ draft: LightQuestionDraft, resolver: inout FragmentResolver, problems: inout [CatalogProblem]
    ) -> LightQuestion? {
        let owner = "light question \"\(draft.id)\""
        guard
            let (_, compiled) = compilePattern(
                draft.pattern.text, of: owner, at: draft.pattern.location, resolver: &resolver, problems: &problems)
        else { return nil }
        var valid = true
        for (choice, location) in zip(draft.choices, draft.choiceLocations) {
            for group in LightQuestion.groups(in: choice.rewrite ?? "") where group > compiled.captureCount {
                problems.append(
                    CatalogProblem(
                        "\(owner): answer \"\(choice.id)\" rewrites with $\(group), but the pattern has "
                            + "\(compiled.captureCount) group\(compiled.captureCount == 1 ? "" : "s")",
                        at: location))
                valid = false
            }
        }
        guard valid else { return nil }
        return LightQuestion(
            id: draft.id, text: draft.text, pattern: draft.pattern.text, compiled: compiled, devices: draft.devices,
            choices: draft.choices, sources: draft.sources, examples: draft.examples, location: draft.location)
    }
}
