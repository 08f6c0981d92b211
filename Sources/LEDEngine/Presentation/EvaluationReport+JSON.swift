import LEDSupport

extension EvaluationReport {
    /// The report as one JSON object (`leddiag evaluate --format json`), keys in a fixed order:
    /// `rows`, `top1`, `top3`, `facts`, `factsRows` (counts of rows), `causes` (by id, sorted:
    /// `precision`, `recall`, `support`; `null` where undefined), `tags` (by tag, sorted: `rows`,
    /// `top1`, `facts`, `factsRows`), `confusion` (`expected`, `got`, `count`), `warnings`, and —
    /// unless `misses` is false — `misses` (`file`, `line`, `device`, `text`, `expected`, `got`
    /// (`cause`, `confidence`; at most three), `canonical`, `error`, `facts`, `top1`, `factsCorrect`).
    public func json(misses: Bool = true) -> String {
        var writer = JSONWriter(capacity: 4096)
        writer.beginObject()
        writer.integer(rows, key: "rows")
        writer.integer(top1, key: "top1")
        writer.integer(top3, key: "top3")
        writer.integer(facts, key: "facts")
        writer.integer(factsRows, key: "factsRows")
        writer.beginObject("causes")
        for id in causes.keys.sorted() {
            guard let accuracy = causes[id] else { continue }
            writer.beginObject(id)
            writer.number(accuracy.precision.map(Self.rounded), key: "precision")
            writer.number(accuracy.recall.map(Self.rounded), key: "recall")
            writer.integer(accuracy.support, key: "support")
            writer.endObject()
        }
        writer.endObject()
        writer.beginObject("tags")
        for tag in tags.keys.sorted() {
            guard let accuracy = tags[tag] else { continue }
            writer.beginObject(tag)
            writer.integer(accuracy.rows, key: "rows")
            writer.integer(accuracy.top1, key: "top1")
            writer.integer(accuracy.facts, key: "facts")
            writer.integer(accuracy.factsRows, key: "factsRows")
            writer.endObject()
        }
        writer.endObject()
        writer.beginArray("confusion")
        for pair in confusion {
            writer.beginObject()
            writer.string(pair.expected, key: "expected")
            writer.string(pair.got, key: "got")
            writer.integer(pair.count, key: "count")
            writer.endObject()
        }
        writer.endArray()
        writer.beginArray("warnings")
        for warning in warnings { writer.string(warning) }
        writer.endArray()
        if misses {
            writer.beginArray("misses")
            for result in self.misses { Self.write(result, into: &writer) }
            writer.endArray()
        }
        writer.endObject()
        return writer.text
    }

    private static func write(_ result: EvaluatedObservation, into writer: inout JSONWriter) {
        let row = result.labelled
        writer.beginObject()
        writer.string(row.location.file, key: "file")
        writer.integer(row.location.line, key: "line")
        writer.string(row.device, key: "device")
        writer.string(row.text, key: "text")
        writer.beginArray("expected")
        for id in row.expectedCauses { writer.string(id) }
        writer.endArray()
        writer.beginArray("got")
        for cause in result.causes.prefix(3) {
            writer.beginObject()
            writer.string(cause.id, key: "cause")
            writer.number(cause.confidence, key: "confidence")
            writer.endObject()
        }
        writer.endArray()
        writer.string(result.canonical, key: "canonical")
        writer.string(result.readError, key: "error")
        writer.string(row.facts?.text, key: "facts")
        writer.bool(result.top1Correct, key: "top1")
        if let factsCorrect = result.factsCorrect { writer.bool(factsCorrect, key: "factsCorrect") } else { writer.null(key: "factsCorrect") }
        writer.endObject()
    }

    /// Four decimals, as diagnoses write confidences.
    private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
