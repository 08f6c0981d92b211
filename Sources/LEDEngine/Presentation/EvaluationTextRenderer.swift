import LEDSupport

/// Renders an ``EvaluationReport`` for a person: top-1, top-3 and facts, the per-cause table, the
/// confusions, the per-tag counts, then every miss with what was read.

public struct EvaluationTextRenderer: Sendable {
    /// Whether to list the misses.
    public var misses: Bool
    /// How a row's ``DiagnoseError`` is worded (a program may name its own commands).
    public var errorText: @Sendable (DiagnoseError) -> String

    /// Creates a renderer; `errorText` words the errors of rows that could not be read (by default
    /// their description).
    public init(misses: Bool = true, errorText: @escaping @Sendable (DiagnoseError) -> String = { $0.description }) {
        self.misses = misses
        self.errorText = errorText
    }

    /// The report, ending in a line break.
    public func render(_ report: EvaluationReport) -> String {
        var lines: [String] = []
        var files: [String] = []
        for result in report.results where !files.contains(result.labelled.location.file) {
            files.append(result.labelled.location.file)
        }
        lines.append(
            "Evaluation of \(report.rows) labelled observation\(report.rows == 1 ? "" : "s")"
                + (files.isEmpty ? "" : " (\(files.joined(separator: ", ")))"))
        lines.append("")
        lines.append("top-1  \(Self.ratio(report.top1, report.rows))")
        lines.append("top-3  \(Self.ratio(report.top3, report.rows))")
        lines.append(
            "facts  \(Self.ratio(report.facts, report.factsRows))"
                + (report.factsRows == report.rows ? "" : "  (of the rows that state facts)"))
        for warning in report.warnings { lines.append(warning) }

        if !report.causes.isEmpty {
            lines.append("")
            lines.append(
                "Causes (support: rows expecting it; precision and recall of the top cause; - is no diagnosis)")
            let ordered = report.causes.sorted {
                ($1.value.support, $1.value.predicted, $0.key) < ($0.value.support, $0.value.predicted, $1.key)
            }
            var table = [["cause", "support", "top-1 of", "precision", "recall"]]
            for (id, accuracy) in ordered {
                table.append([
                    id, "\(accuracy.support)", "\(accuracy.predicted)",
                    Self.percentText(accuracy.precision.map { $0 * 100 }),
                    Self.percentText(accuracy.recall.map { $0 * 100 }),
                ])
            }
            lines += Self.table(table, rightAligned: [1, 2, 3, 4])
        }

        if !report.confusion.isEmpty {
            lines.append("")
            lines.append("Confusion (rows wrong on top-1: expected → got, most frequent first)")
            let width = String(report.confusion.first?.count ?? 0).count
            for pair in report.confusion {
                lines.append("  " + Self.padLeft(String(pair.count), width) + "  \(pair.expected) → \(pair.got)")
            }
        }

        if !report.tags.isEmpty {
            lines.append("")
            lines.append("Tags")
            var table = [["tag", "rows", "top-1", "%", "facts", "%"]]
            for (tag, accuracy) in report.tags.sorted(by: { $0.key < $1.key }) {
                table.append([
                    tag, "\(accuracy.rows)", "\(accuracy.top1)/\(accuracy.rows)",
                    Self.percentText(EvaluationReport.percent(accuracy.top1, of: accuracy.rows)),
                    "\(accuracy.facts)/\(accuracy.factsRows)",
                    Self.percentText(EvaluationReport.percent(accuracy.facts, of: accuracy.factsRows)),
                ])
            }
            lines += Self.table(table, rightAligned: [1, 2, 3, 4, 5])
        }

        if misses {
            let missed = report.misses
            lines.append("")
            lines.append(
                missed.isEmpty
                    ? "No misses."
                    : "Misses (\(missed.count) row\(missed.count == 1 ? "" : "s") wrong on top-1 or facts)")
            for result in missed {
                lines.append("")
                lines += miss(result)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One miss: where, the text, expected and got, what was read, the expected facts.
    func miss(_ result: EvaluatedObservation) -> [String] {
        let row = result.labelled
        var lines = ["\(row.location): \(row.device ?? "-"): \(row.text)" + (row.tag.map { "  [\($0)]" } ?? "")]
        lines.append(
            "  expected  "
                + (row.expectedCauses.isEmpty ? "- (no diagnosis)" : row.expectedCauses.joined(separator: " | ")))
        let got: String
        if result.readFailure != nil, result.observation == nil {
            got = "- (the text was not read)"
        } else if result.causes.isEmpty {
            got = "- (no diagnosis)"
        } else {
            got = result.causes.prefix(3).map { "\($0.id) \(Self.percentText($0.confidence * 100))" }.joined(
                separator: ", ")
        }
        lines.append("  got       \(got)" + (result.top1Correct ? "" : "   ← top-1 wrong"))
        if let canonical = result.canonical { lines.append("  read      \(canonical)") }
        if let error = result.readFailure?.message(wording: errorText) {
            let errorLines = error.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in errorLines.enumerated() {
                lines.append((index == 0 ? "  read      " : "            ") + line)
            }
        }
        if let facts = row.facts {
            lines.append("  facts     \(facts.text)" + (result.factsCorrect == false ? "   ← facts wrong" : ""))
        }
        return lines
    }

    /// `N/M  P %`, or `N/M  -` without rows.
    static func ratio(_ part: Int, _ whole: Int) -> String {
        "\(part)/\(whole)  \(percentText(EvaluationReport.percent(part, of: whole)))"
    }

    /// A percentage with one decimal and ` %`, or `-`.
    static func percentText(_ percent: Double?) -> String {
        guard let percent, percent.isFinite else { return "-" }
        let tenths = Int((percent * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) %"
    }

    /// Rows of cells as aligned columns, indented by two spaces; the first row is the heading.
    static func table(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in
            rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
        }
        return rows.map { row in
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                cells.append(
                    rightAligned.contains(column) ? padLeft(cell, widths[column]) : padRight(cell, widths[column]))
            }
            var line = "  " + cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    static func padRight(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
