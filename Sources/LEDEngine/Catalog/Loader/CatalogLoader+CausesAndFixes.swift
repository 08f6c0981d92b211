import CatalogSyntax
import LEDCore

// The `causes` and `fixes` sections.
extension CatalogLoader {
    static func cause(_ node: CatalogNode, reader: inout YAMLNodeReader) -> Cause? {
        let allowed = ["id", "title", "meaning", "severity", "expect", "fixes", "power", "sources"]
        guard let (fields, id, owner) = entry(node, "cause", allowed: allowed, reader: &reader) else { return nil }
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
        let power =
            fields["power"] == nil ? nil : Set(reader.enumValues(fields, "power", in: owner, as: PowerSource.self))
        let sources = reader.sources(fields, in: owner, at: node)
        guard let title, let meaning, let severity else { return nil }
        return Cause(
            id: id, title: title, meaning: meaning, severity: severity,
            expect: reader.string(fields, "expect", in: owner, at: node, required: false), fixes: links,
            power: power, sources: sources,
            location: reader.location(of: node))
    }

    static func fix(_ node: CatalogNode, reader: inout YAMLNodeReader) -> Fix? {
        let allowed = ["id", "title", "minutes", "destructive", "steps", "device_steps", "requires", "sources"]
        guard let (fields, id, owner) = entry(node, "fix", allowed: allowed, reader: &reader) else { return nil }
        let title = reader.string(fields, "title", in: owner, at: node)
        let minutes = reader.number(fields, "minutes", in: owner, at: node, range: 0.1...10_000)
        let destructive = reader.bool(fields, "destructive", in: owner, at: node)
        let (steps, deviceSteps) = fixSteps(fields, in: owner, at: node, reader: &reader)
        let sources = reader.sources(fields, in: owner, at: node)
        guard let title, let minutes, let destructive else { return nil }
        return Fix(
            id: id, title: title, minutes: minutes, destructive: destructive, steps: steps,
            requires: Set(reader.enumValues(fields, "requires", in: owner, as: ObservationContext.self)),
            deviceSteps: deviceSteps,
            sources: sources, location: reader.location(of: node))
    }
}
