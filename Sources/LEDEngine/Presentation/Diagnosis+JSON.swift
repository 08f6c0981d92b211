public import LEDSupport

/// The JSON of a diagnosis (`docs/json-output.md`): the one encoder of that shape, used by
/// `diagnose --format json`, `explain --format json` and every batch record.
extension Diagnosis: JSONObjectWritable {
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
        write(to: &writer, fixes: { writer in writer.objects("fixes", fixes) }, extra: extra)
    }

    /// Writes the members of the diagnosis's JSON object.
    public func writeMembers(to writer: inout JSONWriter) {
        writeMembers(to: &writer, fixes: { writer in writer.objects("fixes", fixes) }, extra: { _ in })
    }

    /// Writes the diagnosis with `fixes` writing the `"fixes"` member (the batch serves fix lists it
    /// has rendered before from a cache) and `causes` each cause object (the batch splices their parts
    /// that are the cause's and the rules' own: ``RankedCause/Pieces``, ``Evidence/RulePieces``).
    package func write(
        to writer: inout JSONWriter, fixes writeFixes: (inout JSONWriter) -> Void,
        causes writeCause: (inout JSONWriter, RankedCause) -> Void = { writer, cause in writer.object(cause) },
        extra: (inout JSONWriter) -> Void
    ) {
        writer.beginObject()
        writeMembers(
            to: &writer, fixes: writeFixes, causes: writeCause, extra: extra,
            device: { [device] writer in writer.string(device, key: "device") })
        writer.endObject()
    }

    /// Writes the diagnosis as an object left open after its last member and without its `"device"`
    /// member, for a record template (``Diagnosis/write(to:fixes:extra:)``'s bytes are these with
    /// `,"device":…` put back at the returned offset, then the extra members and `}`).
    package func writeOpenWithoutDevice(
        to writer: inout JSONWriter, fixes writeFixes: (inout JSONWriter) -> Void,
        causes writeCause: (inout JSONWriter, RankedCause) -> Void = { writer, cause in writer.object(cause) }
    ) -> Int {
        writer.beginObject()
        var deviceOffset = 0
        writeMembers(
            to: &writer, fixes: writeFixes, causes: writeCause, extra: { _ in },
            device: { writer in deviceOffset = writer.count })
        return deviceOffset
    }

    private func writeMembers(
        to writer: inout JSONWriter, fixes writeFixes: (inout JSONWriter) -> Void,
        extra: (inout JSONWriter) -> Void
    ) {
        writeMembers(
            to: &writer, fixes: writeFixes, causes: { writer, cause in writer.object(cause) }, extra: extra,
            device: { [device] writer in writer.string(device, key: "device") })
    }

    private func writeMembers(
        to writer: inout JSONWriter, fixes writeFixes: (inout JSONWriter) -> Void,
        causes writeCause: (inout JSONWriter, RankedCause) -> Void, extra: (inout JSONWriter) -> Void,
        device writeDevice: (inout JSONWriter) -> Void
    ) {
        writer.string(observation, key: "observation")
        writeDevice(&writer)
        writer.string(canonical, key: "canonical")
        if !notes.isEmpty { writer.strings("notes", notes) }
        writer.objects("events", events)
        writer.array("causes", causes, writeCause)
        writeFixes(&writer)
        writer.number(expectedCost, key: "expectedCost")
        writer.objectOrNull(question, key: "question")
        if !answers.isEmpty { writer.object(answers, key: "answers") }
        writer.objects("closest", closest)
        writer.strings("warnings", warnings)
        extra(&writer)
    }

    /// Writes the objects of `fixes` (the elements of the `"fixes"` array).
    package static func write(_ fixes: [PlannedFix], to writer: inout JSONWriter) {
        for fix in fixes { writer.object(fix) }
    }
}

extension DiagnosticQuestion: JSONObjectWritable {
    /// Writes `kind`, `id`, `text`, `choices` (`id`, `text`), `context` (null for a question about the
    /// light), `reason`, `expectedCostAfter` and `expectedCostNow`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.string(kind.rawValue, key: "kind")
        writer.string(id, key: "id")
        writer.string(text, key: "text")
        writer.objects("choices", choices) { writer, choice in
            writer.string(choice.id, key: "id")
            writer.string(choice.text, key: "text")
        }
        writer.string(context?.rawValue, key: "context")
        writer.string(reason, key: "reason")
        writer.number(expectedCostAfter, key: "expectedCostAfter")
        writer.number(expectedCostNow, key: "expectedCostNow")
    }
}

extension OwnerAnswers: JSONObjectWritable {
    /// Writes `yes` and `no` (context ids, sorted), `tried` (fix ids, in the order tried) and `light`
    /// (`question`, `answer` pairs).
    public func writeMembers(to writer: inout JSONWriter) {
        writer.strings("yes", yes.map(\.rawValue))
        writer.strings("no", no.map(\.rawValue))
        writer.strings("tried", triedFixes)
        writer.objects("light", light) { writer, answer in
            writer.string(answer.question, key: "question")
            writer.string(answer.answer, key: "answer")
        }
    }
}

extension NearMiss: JSONObjectWritable {
    /// Writes `rule`, `cause`, `reason`, `detail` and `reached`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.string(rule, key: "rule")
        writer.string(cause, key: "cause")
        writer.string(reasonName, key: "reason")
        writer.string(detail, key: "detail")
        writer.integer(reached, key: "reached")
    }
}
