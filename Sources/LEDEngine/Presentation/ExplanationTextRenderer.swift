import LEDSupport

/// Renders an ``Explanation`` for a terminal: the input with a caret line and a label for every
/// recognised word, the canonical string, each matched rule with its span underlined and its score
/// arithmetic, the rules that came close, and how the causes' confidences were combined.
///
/// Carets are placed by terminal columns (``DisplayWidth``), so they stay under the right words in
/// text with `×`, accents or emoji. The canonical string is ASCII: its bytes are its columns.

public struct ExplanationTextRenderer: Sendable {
    /// Whether to use ANSI colours.
    public var color: Bool
    /// The catalog, for device names.
    public var catalog: Catalog?
    /// How many near misses to list; nil lists all.
    public var nearMissLimit: Int?

    /// Creates a renderer.
    public init(color: Bool = false, catalog: Catalog? = nil, nearMissLimit: Int? = 8) {
        self.color = color
        self.catalog = catalog
        self.nearMissLimit = nearMissLimit
    }

    private static let margin = "            "

    private func style(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { style(text, "1") }
    private func dim(_ text: String) -> String { style(text, "2") }
    private func heading(_ text: String) -> String { bold(Self.padded(text, to: Self.margin.count)) }

    /// The whole explanation.
    public func render(_ explanation: Explanation) -> String {
        var lines: [String] = []
        lines += inputLines(explanation)
        let diagnosis = explanation.diagnosis
        let device =
            diagnosis.device.map { id in (catalog?.device(id)?.name).map { "\($0) (\(id))" } ?? id }
            ?? "unknown (rules for particular devices score 0.75 of their weight)"
        lines.append(heading("Device") + device)
        lines.append(heading("Canonical") + explanation.canonical)
        if !diagnosis.events.isEmpty {
            lines.append(heading("Timeline") + TimelineStrip(color: color).render(diagnosis.events))
        }
        lines.append("")
        lines += matchLines(explanation)
        lines.append("")
        lines += nearMissLines(explanation)
        lines.append("")
        lines += arithmeticLines(explanation)
        return lines.joined(separator: "\n")
    }

    // MARK: The input and its readings

    /// The input line, a caret line under every reading, and one label line per reading.
    func inputLines(_ explanation: Explanation) -> [String] {
        // Line breaks and tabs print as one space each, so that columns stay where they are.
        let shown = String(explanation.input.map { $0 == "\n" || $0 == "\r\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
        var lines = [heading("Input") + shown]
        guard !explanation.readings.isEmpty else {
            if explanation.isCanonicalInput {
                lines.append(Self.margin + dim("a canonical event string, read as it is"))
            }
            return lines
        }
        let placed = explanation.readings.map { reading -> (column: Int, width: Int, label: String) in
            let column = DisplayWidth.column(ofCharacter: reading.start, in: shown)
            let end = DisplayWidth.column(ofCharacter: reading.end, in: shown)
            return (column, max(1, end - column), reading.meaning)
        }.sorted { $0.column < $1.column }
        var carets = ""
        for item in placed where item.column >= carets.count {
            carets +=
                String(repeating: " ", count: item.column - carets.count) + String(repeating: "^", count: item.width)
        }
        lines.append(Self.margin + style(carets, "32"))
        for index in placed.indices.reversed() {
            var line = ""
            for earlier in placed[..<index] where earlier.column >= line.count {
                line += String(repeating: " ", count: earlier.column - line.count) + "│"
            }
            let column = max(placed[index].column, line.count)
            line += String(repeating: " ", count: column - line.count) + "└─ " + placed[index].label
            lines.append(Self.margin + line)
        }
        return lines
    }

    // MARK: Rules

    private func matchLines(_ explanation: Explanation) -> [String] {
        guard !explanation.matches.isEmpty else {
            return [bold("No rule matched.")]
        }
        var lines = [
            bold("Rules that matched") + dim(" (strongest first; score = the product of the factors, at most 0.99)")
        ]
        for (index, match) in explanation.matches.enumerated() {
            lines.append("  \(index + 1). \(bold(match.rule)) → \(match.cause)")
            lines += underline(
                explanation.canonical, span: match.span, mark: "^", code: "32",
                note: "bytes [\(match.span.lowerBound), \(match.span.upperBound))")
            let product = match.factors.map { "\(Self.number($0.value)) \($0.name)" }.joined(separator: " × ")
            lines.append("     score = \(product) = \(bold(Self.number(match.evidence.score)))")
        }
        return lines
    }

    private func nearMissLines(_ explanation: Explanation) -> [String] {
        guard !explanation.nearMisses.isEmpty else { return [bold("No other rule came close.")] }
        var lines = [
            bold("Rules that came close")
                + dim(" (filtered out by device or context, or the pattern got part of the way)")
        ]
        let shown = nearMissLimit.map { Array(explanation.nearMisses.prefix($0)) } ?? explanation.nearMisses
        let length = explanation.canonical.utf8.count
        for miss in shown {
            lines.append(
                "  - \(bold(miss.rule)) → \(miss.cause)  " + dim("[\(miss.reasonName)]") + " "
                    + miss.detail(canonicalLength: length))
            switch miss.reason {
            case .device, .context:
                if let span = miss.span {
                    lines += underline(explanation.canonical, span: span, mark: "~", code: "33", note: nil)
                }
            case .partial(let reached):
                let start = CanonicalTokens.eventStart(of: explanation.canonical)
                let note = reached >= length ? "then wants more" : "fails here"
                lines += underline(
                    explanation.canonical, span: start..<reached, mark: "~", code: "33", note: nil, stop: note)
            }
        }
        if shown.count < explanation.nearMisses.count {
            lines.append(dim("  … \(explanation.nearMisses.count - shown.count) more (--all lists them)"))
        }
        return lines
    }

    /// The canonical string and a line marking `span` under it.
    private func underline(
        _ canonical: String, span: Range<Int>, mark: Character, code: String, note: String?, stop: String? = nil
    ) -> [String] {
        let start = min(max(0, span.lowerBound), canonical.utf8.count)
        let end = min(max(start, span.upperBound), canonical.utf8.count)
        var marks =
            String(repeating: " ", count: start) + String(repeating: mark, count: max(end - start, stop == nil ? 1 : 0))
        if let stop { marks += "^ " + stop } else if let note { marks += " " + note }
        return ["     " + canonical, "     " + style(marks, code)]
    }

    // MARK: Confidence

    private func arithmeticLines(_ explanation: Explanation) -> [String] {
        guard !explanation.arithmetic.isEmpty else { return [] }
        var lines = [
            bold("Confidence")
                + dim(
                    " (noisy-OR of each cause's rules; scaled when the causes leave less than the leak for "
                        + "something else; rounded down)")
        ]
        let width = explanation.arithmetic.map(\.cause.count).max() ?? 0
        for entry in explanation.arithmetic {
            let factors = entry.scores.map { "(1 − \(Self.number($0.score)))" }.joined()
            var line = "  " + Self.padded(entry.cause, to: width) + "  1 − \(factors) = \(Self.number(entry.support))"
            if let scale = entry.scaledBy { line += " ÷ \(Self.number(scale))" }
            line += " → " + bold(Self.percent(entry.confidence))
            lines.append(line)
        }
        if let scale = explanation.arithmetic.first?.scaledBy {
            let room = explanation.totalSupport / scale
            lines.append(
                dim(
                    "  The supports sum to \(Self.number(explanation.totalSupport)), more than \(Self.number(room)): "
                        + "each is divided by \(Self.number(scale)), leaving \(Self.percent(1 - room)) for something "
                        + "the catalog does not know."))
        } else {
            let rest = max(0, 1 - explanation.arithmetic.reduce(0) { $0 + $1.confidence })
            lines.append(dim("  The rest, \(Self.percent(rest)), is something the catalog does not know."))
        }
        if let top = explanation.diagnosis.topCause {
            var summary = "Most likely: \(bold(top.title)) [\(top.id)]"
            if let fix = explanation.diagnosis.fixes.first { summary += "; try first: \(fix.title) [\(fix.id)]" }
            lines.append("")
            lines.append(summary + dim(" — `leddiag diagnose` prints the whole fix plan."))
        }
        return lines
    }

    /// A number with at most four decimals and no trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { text = String(format4: rounded) }
        return text
    }

    /// `text` with spaces added up to `width` columns.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// `0.7649` → `76.49%`.
    static func percent(_ value: Double) -> String {
        number(value * 100) + "%"
    }
}

extension String {
    /// A fixed four-decimal rendering without Foundation, for the rare tiny value.
    fileprivate init(format4 value: Double) {
        let scaled = Int((value * 10_000).rounded())
        let whole = scaled / 10_000
        var fraction = String(abs(scaled % 10_000))
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        self = fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
    }
}
