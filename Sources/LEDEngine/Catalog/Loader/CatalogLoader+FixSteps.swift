import CatalogSyntax

// A fix's `steps` and `device_steps`: each step text, or a mapping `{do, differ}`.
extension CatalogLoader {
    /// The generic steps and the steps per device of a fix (`owner`, defined at `node`); a fix needs at
    /// least one generic step.
    static func fixSteps(
        _ fields: YAMLFields, in owner: String, at node: CatalogNode, reader: inout YAMLNodeReader
    ) -> (steps: [FixStep], deviceSteps: [String: [FixStep]]) {
        let steps = fixSteps(fields["steps"], what: "\"steps\" of \(owner)", reader: &reader)
        if steps.isEmpty { reader.report("\(owner) needs at least one step", at: fields["steps"] ?? node) }
        var deviceSteps: [String: [FixStep]] = [:]
        if let node = fields["device_steps"] {
            if case .mapping(let mapping, _) = node {
                for (key, value) in mapping.map({ ($0.key, $0.value) }) {
                    guard let device = key.string else { continue }
                    deviceSteps[device] = fixSteps(value, what: "device_steps of \(device)", reader: &reader)
                }
            } else {
                reader.report("device_steps is a mapping of device id to a list of steps", at: node)
            }
        }
        return (steps, deviceSteps)
    }

    /// The steps of the list `node` (`what` names it in problems).
    private static func fixSteps(_ node: CatalogNode?, what: String, reader: inout YAMLNodeReader) -> [FixStep] {
        reader.sequence(node, what: what).compactMap { fixStep($0, in: what, reader: &reader) }
    }

    /// One step: text (the sources agree), or `{do: "One instruction.", differ: "Every reading, with
    /// its source."}`.
    private static func fixStep(_ node: CatalogNode, in what: String, reader: inout YAMLNodeReader) -> FixStep? {
        if let text = node.string { return FixStep(text) }
        guard case .mapping = node else {
            reader.report("a step of \(what) is text or a mapping {do, differ}", at: node)
            return nil
        }
        guard let fields = reader.mapping(node, what: "a step of \(what)", allowed: ["do", "differ"]),
            let instruction = reader.string(fields, "do", in: "a step of \(what)", at: node)
        else { return nil }
        let differ = reader.string(fields, "differ", in: "a step of \(what)", at: node, required: false)
        for (key, text) in [("do", instruction), ("differ", differ)] where text?.allSatisfy(\.isWhitespace) == true {
            reader.report("\"\(key)\" of a step of \(what) is empty", at: fields[key])
        }
        return FixStep(instruction, sourcesDiffer: differ)
    }
}
