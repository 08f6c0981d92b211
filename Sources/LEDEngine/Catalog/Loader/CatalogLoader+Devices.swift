import CatalogSyntax
import LEDCore

// The `devices` section: one device model per entry.
extension CatalogLoader {
    static func device(_ node: CatalogNode, reader: inout YAMLNodeReader) -> DeviceModel? {
        let allowed = [
            "id", "name", "aliases", "kind", "leds", "separate_leds", "power", "contexts", "reset", "notes", "sources",
        ]
        guard let (fields, id, owner) = entry(node, "device", allowed: allowed, reader: &reader) else { return nil }
        let name = reader.string(fields, "name", in: owner, at: node)
        let kind = reader.enumValue(fields, "kind", in: owner, at: node, as: DeviceKind.self)
        let power = reader.enumValue(fields, "power", in: owner, at: node, as: PowerSource.self)
        let leds = reader.sequence(fields["leds"], what: "leds").compactMap { (led: CatalogNode) -> LEDColor? in
            guard let text = led.string else { return nil }
            return reader.enumValue(text, at: led, as: LEDColor.self, what: "LED colour")
        }
        let separateLEDs = reader.sequence(fields["separate_leds"], what: "separate_leds").compactMap {
            (led: CatalogNode) -> LEDColor? in
            guard let text = led.string else { return nil }
            guard let color = reader.enumValue(text, at: led, as: LEDColor.self, what: "LED colour") else { return nil }
            if !leds.contains(color) {
                reader.report("separate_leds names \(text), which is not in the device's leds", at: led)
            }
            return color
        }
        var readings: [ResetReading] = []
        for entry in reader.sequence(fields["reset"], what: "reset") {
            guard
                let reset = reader.mapping(
                    entry, what: "a reset reading", allowed: ["location", "hold_seconds", "source", "tier"]),
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
            readings.append(
                ResetReading(
                    location: location, holdSeconds: holdSeconds, source: SourceReference(ref: ref, tier: tier)))
        }
        var contexts: [ObservationContext: Bool] = [:]
        for (key, value, keyNode) in reader.pairs(fields, "contexts", in: owner) {
            guard let context = reader.enumValue(key, at: keyNode, as: ObservationContext.self, what: "context")
            else { continue }
            guard let holds = value.bool else {
                reader.report("\(owner): context \"\(key)\" is true or false", at: value)
                continue
            }
            contexts[context] = holds
        }
        let sources = reader.sources(fields, in: owner, at: node)
        guard let name, let kind, let power else { return nil }
        return DeviceModel(
            id: id, name: name, aliases: reader.strings(fields, "aliases", in: owner), kind: kind, leds: leds,
            separateLEDs: separateLEDs, power: power, contexts: contexts, reset: readings,
            notes: reader.string(fields, "notes", in: "a device", at: node, required: false),
            sources: sources, location: reader.location(of: node))
    }
}
