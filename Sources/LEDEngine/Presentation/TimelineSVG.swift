public import LEDCore

/// Draws a diagnosis' events as an SVG picture: one lane per LED colour, blink runs as pulses on a
/// time axis, solids as bars, darkness as dashed outlines, labels for counts and durations, and the
/// span of the strongest matching rule highlighted.
///
/// Typed observations have rough or no timing; the picture then uses the vocabulary's defaults
/// (see ``TimingVocabulary``) and says so under the axis. Timing measured from a log is drawn as
/// measured. The output is a complete, standalone SVG 1.1 document (valid XML).
///
/// ```swift
/// let diagnosis = try diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
/// let svg = TimelineSVG().render(diagnosis)
/// try svg.write(toFile: "timeline.svg", atomically: true, encoding: .utf8)
/// ```

public struct TimelineSVG: Sendable {
    /// A span of the canonical string to mark on the picture, with a label.
    public struct Highlight: Sendable, Hashable {
        /// Bytes of the canonical string (a rule's match).
        public var span: Range<Int>
        /// The text shown over the highlighted events.
        public var label: String

        /// Creates a highlight.
        public init(span: Range<Int>, label: String) {
            self.span = span
            self.label = label
        }

        /// The highlight of a rule's evidence: its span, labelled with the rule and its score.
        public init(_ evidence: Evidence, cause: String) {
            let start = evidence.span.first ?? 0
            let end = evidence.span.count > 1 ? evidence.span[1] : start
            self.init(
                span: start..<max(start, end),
                label: "\(evidence.rule) → \(cause) (score \(ExplanationTextRenderer.number(evidence.score)))")
        }
    }

    /// The thresholds behind default pulse timings.
    public var vocabulary: TimingVocabulary
    /// The catalog, for the device's name in the title.
    public var catalog: Catalog?

    /// Creates a renderer.
    public init(vocabulary: TimingVocabulary = .default, catalog: Catalog? = nil) {
        self.vocabulary = vocabulary
        self.catalog = catalog
    }

    /// The picture of `diagnosis`, highlighting the strongest evidence of the top cause.
    public func render(_ diagnosis: Diagnosis) -> String {
        let highlight = diagnosis.topCause.flatMap { cause in
            cause.evidence.first.map { Highlight($0, cause: cause.id) }
        }
        return render(diagnosis, highlight: highlight)
    }

    /// The picture of `diagnosis` with `highlight` (nil: none).
    public func render(_ diagnosis: Diagnosis, highlight: Highlight?) -> String {
        let layout = TimelineLayout(events: diagnosis.events, vocabulary: vocabulary)
        let covered =
            highlight.map { Self.events(covering: $0.span, in: diagnosis.canonical, count: diagnosis.events.count) }
            ?? []
        return draw(layout, diagnosis: diagnosis, highlight: highlight, covered: covered)
    }

    // MARK: Geometry

    private static let left = 96.0
    private static let right = 36.0
    private static let laneTop = 128.0
    private static let laneHeight = 58.0
    private static let pulseHeight = 30.0

    private func draw(_ layout: TimelineLayout, diagnosis: Diagnosis, highlight: Highlight?, covered: [Int]) -> String {
        let scale = min(80, max(18, 900 / layout.end))
        let plotWidth = layout.end * scale
        // Wide enough for the plot and for the longest line of text (about 6.6 px a character).
        let texts = [
            diagnosis.observation.count * 10, diagnosis.canonical.count * 7, Self.note(assumed: true).count * 6,
            (highlight?.label.count ?? 0) * 7 + 96,
        ]
        let width = max(560, (Self.left + plotWidth + Self.right).rounded(.up), Double((texts.max() ?? 0) + 32))
        let lanesBottom = Self.laneTop + Double(layout.lanes.count) * Self.laneHeight
        let height = lanesBottom + 84
        func x(_ t: Double) -> Double { Self.left + t * scale }
        func laneBaseline(_ lane: Int) -> Double { Self.laneTop + Double(lane + 1) * Self.laneHeight - 14 }

        var svg = Self.header(width: width, height: height)
        let deviceName = diagnosis.device.map { id in catalog?.device(id)?.name ?? id } ?? "unknown device"
        svg += "<title>leddiag timeline: \(Self.escape(diagnosis.observation))</title>\n"
        svg += Self.description
        svg += "<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(f(width))\""
        svg += " height=\"\(f(height))\" fill=\"#ffffff\"/>\n"
        svg += "<text class=\"heading\" x=\"16\" y=\"26\" font-size=\"16\" font-weight=\"bold\">"
        svg += "\(Self.escape(diagnosis.observation))</text>\n"
        svg += "<text class=\"device\" x=\"16\" y=\"46\" fill=\"#555555\">\(Self.escape(deviceName))</text>\n"
        if diagnosis.canonical != diagnosis.observation {
            svg += "<text class=\"canonical\" x=\"16\" y=\"64\" font-family=\"monospace\" font-size=\"11\""
            svg += " fill=\"#555555\">\(Self.escape(diagnosis.canonical))</text>\n"
        }

        // The highlighted rule: a band behind the events its match covers, labelled above.
        if let highlight, !covered.isEmpty {
            let start = x(covered.map { layout.eventSpans[$0].lowerBound }.min() ?? 0) - 6
            let end = x(covered.map { layout.eventSpans[$0].upperBound }.max() ?? 0) + 6
            svg += "<g class=\"highlight\">\n"
            svg += "<rect x=\"\(f(start))\" y=\"76\" width=\"\(f(end - start))\" height=\"\(f(lanesBottom - 76 + 4))\""
            svg += " rx=\"6\" fill=\"#fff4c2\" stroke=\"#e0b400\" stroke-width=\"1\"/>\n"
            svg += "<text x=\"\(f(start + 6))\" y=\"90\" font-size=\"11\" fill=\"#7a5c00\">"
            svg += "\(Self.escape(highlight.label))</text>\n"
            svg += "</g>\n"
        }

        // Captions: counts, lengths, timing — on two alternating rows so that neighbours don't collide.
        svg += "<g class=\"captions\" font-size=\"11\" fill=\"#333333\" text-anchor=\"middle\">\n"
        for (row, caption) in layout.captions.enumerated() {
            let y = 106 + Double(row % 2) * 14
            svg += "<text class=\"caption\" x=\"\(f(x((caption.start + caption.end) / 2)))\""
            svg += " y=\"\(f(y))\">\(Self.escape(caption.text))</text>\n"
        }
        svg += "</g>\n"

        for (lane, color) in layout.lanes.enumerated() {
            let baseline = laneBaseline(lane)
            let name = color?.rawValue ?? "led"
            svg += "<g class=\"lane\" data-led=\"\(name)\">\n"
            svg += "<text class=\"lane-label\" x=\"16\" y=\"\(f(baseline - 8))\" font-weight=\"bold\""
            svg += " fill=\"\(Self.ink(color))\">\(color.map { "\($0.rawValue) LED" } ?? "LED")</text>\n"
            svg += "<line class=\"baseline\" x1=\"\(f(x(0)))\" y1=\"\(f(baseline))\""
            svg += " x2=\"\(f(x(layout.end)))\" y2=\"\(f(baseline))\" stroke=\"#9a9a9a\" stroke-width=\"1\"/>\n"
            for mark in layout.marks where mark.lane == lane {
                svg += Self.shape(
                    mark, color: color, x: x(mark.start), width: max(1.5, (mark.end - mark.start) * scale),
                    baseline: baseline)
            }
            svg += "</g>\n"
        }

        for cut in layout.breaks {
            let start = x(cut.at)
            let middle = start + cut.width * scale / 2
            svg += "<g class=\"break\">\n"
            svg += "<rect x=\"\(f(start))\" y=\"\(f(Self.laneTop - 2))\" width=\"\(f(cut.width * scale))\""
            svg += " height=\"\(f(lanesBottom - Self.laneTop + 16))\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n"
            svg += "<path d=\"M\(f(middle - 5)) \(f(Self.laneTop)) l10 10 l-10 10 l10 10\""
            svg += " fill=\"none\" stroke=\"#777777\"/>\n"
            svg += "<path d=\"M\(f(middle - 6)) \(f(lanesBottom + 2)) l4 -8 m4 8 l4 -8\""
            svg += " fill=\"none\" stroke=\"#777777\"/>\n"
            svg += "<text x=\"\(f(middle))\" y=\"\(f(Self.laneTop + 44))\" font-size=\"10\""
            svg += " fill=\"#555555\" text-anchor=\"middle\">\(Self.escape(cut.hidden))</text>\n"
            svg += "</g>\n"
        }

        // The time axis.
        let axisY = lanesBottom + 6
        svg += "<g class=\"axis\" font-size=\"10\" fill=\"#555555\" text-anchor=\"middle\">\n"
        svg += "<line x1=\"\(f(x(0)))\" y1=\"\(f(axisY))\""
        svg += " x2=\"\(f(x(layout.end)))\" y2=\"\(f(axisY))\" stroke=\"#555555\"/>\n"
        for tick in layout.ticks {
            svg += "<line class=\"tick\" x1=\"\(f(x(tick.at)))\" y1=\"\(f(axisY))\""
            svg += " x2=\"\(f(x(tick.at)))\" y2=\"\(f(axisY + 5))\" stroke=\"#555555\"/>\n"
            if let label = tick.label {
                svg += "<text x=\"\(f(x(tick.at)))\" y=\"\(f(axisY + 17))\">\(Self.escape(label))</text>\n"
            }
        }
        svg += "</g>\n"
        svg += "<text class=\"note\" x=\"\(f(x(0)))\" y=\"\(f(axisY + 36))\" font-size=\"10\" fill=\"#777777\">"
        svg += "\(Self.escape(Self.note(assumed: layout.assumedTiming)))</text>\n"
        svg += "</svg>\n"
        return svg
    }

    /// The line under the axis: where the timing comes from.
    private static func note(assumed: Bool) -> String {
        assumed
            ? "time → (timing assumed where none was given: a blink pulse 0.25 s on / 0.25 s off, a solid 3 s)"
            : "time → (durations and pulses as measured; 0.5 s drawn between events)"
    }

    /// One mark: a pulse or solid as a filled bar rising from the baseline; darkness as a dashed outline.
    private static func shape(
        _ mark: TimelineLayout.Mark, color: LEDColor?, x: Double, width: Double, baseline: Double
    ) -> String {
        let top = baseline - pulseHeight
        let opacity =
            mark.opacity < 1 ? " fill-opacity=\"\(f(mark.opacity))\" stroke-opacity=\"\(f(mark.opacity))\"" : ""
        switch mark.kind {
        case .pulse, .solid:
            let fill = color.map(Self.fill) ?? "#777777"
            return "<rect class=\"\(mark.kind.rawValue)\" x=\"\(f(x))\" y=\"\(f(top))\" width=\"\(f(width))\""
                + " height=\"\(f(pulseHeight))\" rx=\"2\" fill=\"\(fill)\" stroke=\"#00000040\"\(opacity)/>\n"
        case .maybe:
            let fill = color.map(Self.fill) ?? "#777777"
            return "<rect class=\"maybe\" x=\"\(f(x))\" y=\"\(f(top))\" width=\"\(f(width))\""
                + " height=\"\(f(pulseHeight))\" rx=\"2\" fill=\"\(fill)\" fill-opacity=\"0.3\""
                + " stroke=\"\(fill)\" stroke-dasharray=\"3 2\"/>\n"
        case .off:
            return "<rect class=\"off\" x=\"\(f(x))\" y=\"\(f(top + pulseHeight / 2))\" width=\"\(f(width))\""
                + " height=\"\(f(pulseHeight / 2))\" fill=\"none\" stroke=\"#777777\""
                + " stroke-dasharray=\"4 3\"\(opacity)/>\n"
        }
    }

    private static func header(width: Double, height: Double) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(f(width))\" height=\"\(f(height))\" "
            + "viewBox=\"0 0 \(f(width)) \(f(height))\" "
            + "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
    }

    private static let description =
        "<desc>One lane per LED colour; pulses are blinks, bars are steady light, dashed outlines are darkness. "
        + "Generated by leddiag.</desc>\n"

    /// The events whose canonical tokens overlap `span` (bytes of the canonical string).
    package static func events(covering span: Range<Int>, in canonical: String, count: Int) -> [Int] {
        let ranges = CanonicalTokens.ranges(in: canonical)
        guard ranges.count == count else { return [] }
        return ranges.indices.filter { ranges[$0].overlaps(span) }
    }

    /// The fill of a lit LED.
    static func fill(_ color: LEDColor) -> String {
        switch color {
        case .red: return "#e0312b"
        case .blue: return "#2d6fe0"
        case .green: return "#2ea84f"
        case .amber: return "#f29d12"
        case .yellow: return "#eed21b"
        case .white: return "#f4f4f4"
        case .purple: return "#8e44ad"
        }
    }

    /// The colour of a lane's label (readable on white).
    private static func ink(_ color: LEDColor?) -> String {
        switch color {
        case .white?, nil: return "#555555"
        case .yellow?: return "#a08a00"
        case let color?: return fill(color)
        }
    }

    /// Escapes text for XML character data and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // XML 1.0 forbids most control characters, even escaped.
                if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// A coordinate with at most two decimals, no trailing zeros.
private func f(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
}
