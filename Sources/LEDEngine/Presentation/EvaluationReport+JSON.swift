public import LEDSupport

extension EvaluationReport {
    /// The report as one JSON object (`leddiag evaluate --format json`), keys in a fixed order:
    /// `rows`, `top1`, `top3`, `facts`, `factsRows` (counts of rows), `causes` (by id, sorted:
    /// `precision`, `recall`, `support`; `null` where undefined), `tags` (by tag, sorted: `rows`,
    /// `top1`, `facts`, `factsRows`), `confusion` (`expected`, `got`, `count`), `warnings`, and —
    /// unless `misses` is false — `misses` (`file`, `line`, `device`, `text`, `expected`, `got`
    /// (`cause`, `confidence`; at most three), `canonical`, `error`, `facts`, `top1`, `factsCorrect`).
    ///
    /// `errorText` words the errors of rows that could not be read (by default their description).
    public func json(misses: Bool = true, errorText: (DiagnoseError) -> String = { $0.description }) -> String {
        var writer = JSONWriter(capacity: 4096)
        writer.object { writer in
            writer.rowCounts(rows: rows, top1: top1, top3: top3, facts: facts, factsRows: factsRows)
            writer.members("causes", sorted: causes) { writer, id, accuracy in writer.object(accuracy, key: id) }
            writer.members("tags", sorted: tags) { writer, tag, accuracy in writer.object(accuracy, key: tag) }
            writer.objects("confusion", confusion)
            writer.strings("warnings", warnings)
            if misses {
                writer.objects("misses", self.misses) { writer, miss in
                    miss.writeMembers(to: &writer, errorText: errorText)
                }
            }
        }
        return writer.text
    }
}

extension CauseAccuracy: JSONObjectWritable {
    /// Writes `precision` and `recall` (four decimals; `null` where undefined) and `support`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.number(precision.map(Self.rounded), key: "precision")
        writer.number(recall.map(Self.rounded), key: "recall")
        writer.integer(support, key: "support")
    }

    /// Four decimals, as diagnoses write confidences.
    private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}

extension TagAccuracy: JSONObjectWritable {
    /// Writes `rows`, `top1`, `facts` and `factsRows`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.rowCounts(rows: rows, top1: top1, facts: facts, factsRows: factsRows)
    }
}

extension JSONWriter {
    /// Writes the counts a report and each of its tags share, in the same order: `rows`, `top1`,
    /// `top3` (the report only), `facts` and `factsRows`.
    fileprivate mutating func rowCounts(rows: Int, top1: Int, top3: Int? = nil, facts: Int, factsRows: Int) {
        integer(rows, key: "rows")
        integer(top1, key: "top1")
        if let top3 { integer(top3, key: "top3") }
        integer(facts, key: "facts")
        integer(factsRows, key: "factsRows")
    }
}

extension ConfusionPair: JSONObjectWritable {
    /// Writes `expected`, `got` and `count`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.string(expected, key: "expected")
        writer.string(got, key: "got")
        writer.integer(count, key: "count")
    }
}

extension EvaluatedObservation: JSONObjectWritable {
    /// Writes a miss: `file`, `line`, `device`, `text`, `expected`, `got` (`cause`, `confidence`; at
    /// most three), `canonical`, `error`, `facts`, `top1` and `factsCorrect`.
    public func writeMembers(to writer: inout JSONWriter) {
        writeMembers(to: &writer, errorText: { $0.description })
    }

    /// Writes a miss with the errors of rows that could not be read worded by `errorText`.
    public func writeMembers(to writer: inout JSONWriter, errorText: (DiagnoseError) -> String) {
        let row = labelled
        writer.string(row.location.file, key: "file")
        writer.integer(row.location.line, key: "line")
        writer.string(row.device, key: "device")
        writer.string(row.text, key: "text")
        writer.strings("expected", row.expectedCauses)
        writer.objects("got", causes.prefix(3)) { writer, cause in
            writer.string(cause.id, key: "cause")
            writer.number(cause.confidence, key: "confidence")
        }
        writer.string(canonical, key: "canonical")
        writer.string(readFailure?.message(wording: errorText), key: "error")
        writer.string(row.facts?.text, key: "facts")
        writer.bool(top1Correct, key: "top1")
        writer.bool(factsCorrect, key: "factsCorrect")
    }
}
