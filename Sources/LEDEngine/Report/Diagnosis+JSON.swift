public import LEDSupport

extension Diagnosis {
    /// The diagnosis as one JSON object in the documented key order (`docs/json-output.md`).
    /// `extra` writes further members (the batch command's `device`, `start`, `source`, …) at the end.
    public func json(extra: (inout JSONWriter) -> Void = { _ in }) -> String {
        var writer = JSONWriter()
        write(to: &writer, extra: extra)
        return writer.text
    }

    /// Writes the diagnosis as one JSON object into `writer`.
    public func write(to writer: inout JSONWriter, extra: (inout JSONWriter) -> Void = { _ in }) {
        let fixes = fixes
        write(
            to: &writer,
            fixes: { writer in
                writer.beginArray("fixes")
                Self.write(fixes, to: &writer)
                writer.endArray()
            },
            extra: extra)
    }

    /// Writes the diagnosis with `fixes` writing the `"fixes"` member (the batch serves fix lists it
    /// has rendered before from a cache).
    package func write(to writer: inout JSONWriter, fixes writeFixes: (inout JSONWriter) -> Void, extra: (inout JSONWriter) -> Void) {
        writer.beginObject()
        writer.string(observation, key: "observation")
        writer.string(device, key: "device")
        writer.string(canonical, key: "canonical")
        if !notes.isEmpty {
            writer.beginArray("notes")
            for note in notes { writer.string(note) }
            writer.endArray()
        }
        writer.beginArray("events")
        for event in events { Self.write(event, to: &writer) }
        writer.endArray()
        writer.beginArray("causes")
        for cause in causes {
            writer.beginObject()
            writer.string(cause.id, key: "id")
            writer.string(cause.title, key: "title")
            writer.string(cause.severity.rawValue, key: "severity")
            writer.number(cause.confidence, key: "confidence")
            writer.string(cause.expect, key: "expect")
            writer.beginArray("evidence")
            for evidence in cause.evidence { Self.write(evidence, to: &writer) }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writeFixes(&writer)
        writer.number(expectedCost, key: "expectedCost")
        if let question {
            writer.beginObject("question")
            writer.string(question.text, key: "text")
            writer.string(question.context.rawValue, key: "context")
            writer.number(question.expectedCostAfter, key: "expectedCostAfter")
            writer.number(question.expectedCostNow, key: "expectedCostNow")
            writer.endObject()
        } else {
            writer.null(key: "question")
        }
        writer.beginArray("closest")
        for miss in closest {
            writer.beginObject()
            writer.string(miss.rule, key: "rule")
            writer.string(miss.cause, key: "cause")
            writer.string(miss.reasonName, key: "reason")
            writer.string(miss.detail, key: "detail")
            writer.integer(miss.reached, key: "reached")
            writer.endObject()
        }
        writer.endArray()
        writer.beginArray("warnings")
        for warning in warnings { writer.string(warning) }
        writer.endArray()
        extra(&writer)
        writer.endObject()
    }

    /// Writes the objects of `fixes` (the elements of the `"fixes"` array).
    package static func write(_ fixes: [PlannedFix], to writer: inout JSONWriter) {
        for fix in fixes {
            writer.beginObject()
            writer.string(fix.id, key: "id")
            writer.string(fix.title, key: "title")
            writer.beginArray("steps")
            for step in fix.steps { writer.string(step) }
            writer.endArray()
            writer.number(fix.minutes, key: "minutes")
            writer.bool(fix.destructive, key: "destructive")
            writer.beginArray("for")
            for cause in fix.causes { writer.string(cause) }
            writer.endArray()
            writer.number(fix.probability, key: "probability")
            writer.endObject()
        }
    }

    private static func write(_ event: EventReport, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.integer(event.step, key: "step")
        writer.string(event.token, key: "token")
        writer.beginArray("colors")
        for color in event.colors { writer.string(color.rawValue) }
        writer.endArray()
        writer.string(event.kind.rawValue, key: "kind")
        writer.string(event.count, key: "count")
        writer.string(event.speed?.rawValue, key: "speed")
        writer.string(event.duration?.rawValue, key: "duration")
        writer.number(event.seconds, key: "seconds")
        writer.number(event.on, key: "on")
        writer.number(event.off, key: "off")
        writer.beginArray("flags")
        for flag in event.flags { writer.string(flag) }
        writer.endArray()
        if let source = event.source {
            writer.beginArray("source")
            for value in source { writer.integer(value) }
            writer.endArray()
        } else {
            writer.null(key: "source")
        }
        writer.endObject()
    }

    private static func write(_ evidence: Evidence, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.string(evidence.rule, key: "rule")
        writer.beginArray("span")
        for value in evidence.span { writer.integer(value) }
        writer.endArray()
        writer.beginObject("groups")
        if !evidence.groups.isEmpty {
            for name in evidence.groups.keys.sorted() { writer.string(evidence.groups[name], key: name) }
        }
        writer.endObject()
        writer.string(evidence.explanation, key: "explanation")
        writer.beginArray("sources")
        for source in evidence.sources {
            writer.beginObject()
            writer.string(source.ref, key: "ref")
            writer.string(source.tier.rawValue, key: "tier")
            writer.endObject()
        }
        writer.endArray()
        writer.number(evidence.score, key: "score")
        writer.beginObject("factors")
        // In the order of ScoreFactors.names (alphabetical), without looking each one up by name.
        let factors = evidence.factors
        writer.number(factors.context, key: "context")
        writer.number(factors.device, key: "device")
        writer.number(factors.specificity, key: "specificity")
        writer.number(factors.status, key: "status")
        writer.number(factors.tier, key: "tier")
        writer.number(factors.weight, key: "weight")
        writer.endObject()
        writer.endObject()
    }
}
