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
        svg += Self.rect(class: "background", x: 0, y: 0, width: width, height: height, "fill=\"#ffffff\"")
        svg += Self.text(
            class: "heading", x: 16, y: 26, "font-size=\"16\" font-weight=\"bold\"", diagnosis.observation)
        svg += Self.text(class: "device", x: 16, y: 46, "fill=\"#555555\"", deviceName)
        if diagnosis.canonical != diagnosis.observation {
            svg += Self.text(
                class: "canonical", x: 16, y: 64, "font-family=\"monospace\" font-size=\"11\" fill=\"#555555\"",
                diagnosis.canonical)
        }

        // The highlighted rule: a band behind the events its match covers, labelled above.
        if let highlight, !covered.isEmpty {
            let start = x(covered.map { layout.eventSpans[$0].lowerBound }.min() ?? 0) - 6
            let end = x(covered.map { layout.eventSpans[$0].upperBound }.max() ?? 0) + 6
            svg += Self.group(
                "class=\"highlight\"",
                Self.rect(
                    x: start, y: 76, width: end - start, height: lanesBottom - 76 + 4,
                    "rx=\"6\" fill=\"#fff4c2\" stroke=\"#e0b400\" stroke-width=\"1\"")
                    + Self.text(x: start + 6, y: 90, "font-size=\"11\" fill=\"#7a5c00\"", highlight.label))
        }

        // Captions: counts, lengths, timing — on two alternating rows so that neighbours don't collide.
        svg += Self.group(
            "class=\"captions\" font-size=\"11\" fill=\"#333333\" text-anchor=\"middle\"",
            layout.captions.enumerated().map { row, caption in
                Self.text(
                    class: "caption", x: x((caption.start + caption.end) / 2), y: 106 + Double(row % 2) * 14, "",
                    caption.text)
            }.joined())

        for (lane, color) in layout.lanes.enumerated() {
            let baseline = laneBaseline(lane)
            var body = Self.text(
                class: "lane-label", x: 16, y: baseline - 8, "font-weight=\"bold\" fill=\"\(Self.ink(color))\"",
                color.map { "\($0.rawValue) LED" } ?? "LED")
            body += Self.line(
                class: "baseline", x1: x(0), y1: baseline, x2: x(layout.end), y2: baseline,
                "stroke=\"#9a9a9a\" stroke-width=\"1\"")
            for mark in layout.marks where mark.lane == lane {
                body += Self.shape(
                    mark, color: color, x: x(mark.start), width: max(1.5, (mark.end - mark.start) * scale),
                    baseline: baseline)
            }
            svg += Self.group("class=\"lane\" data-led=\"\(color?.rawValue ?? "led")\"", body)
        }

        for cut in layout.breaks {
            let start = x(cut.at)
            let middle = start + cut.width * scale / 2
            let stroke = "fill=\"none\" stroke=\"#777777\""
            svg += Self.group(
                "class=\"break\"",
                Self.rect(
                    x: start, y: Self.laneTop - 2, width: cut.width * scale, height: lanesBottom - Self.laneTop + 16,
                    "fill=\"#ffffff\" fill-opacity=\"0.85\"")
                    + "<path d=\"M\(f(middle - 5)) \(f(Self.laneTop)) l10 10 l-10 10 l10 10\" \(stroke)/>\n"
                    + "<path d=\"M\(f(middle - 6)) \(f(lanesBottom + 2)) l4 -8 m4 8 l4 -8\" \(stroke)/>\n"
                    + Self.text(
                        x: middle, y: Self.laneTop + 44, "font-size=\"10\" fill=\"#555555\" text-anchor=\"middle\"",
                        cut.hidden))
        }

        // The time axis.
        let axisY = lanesBottom + 6
        var axis = Self.line(x1: x(0), y1: axisY, x2: x(layout.end), y2: axisY, "stroke=\"#555555\"")
        for tick in layout.ticks {
            axis += Self.line(
                class: "tick", x1: x(tick.at), y1: axisY, x2: x(tick.at), y2: axisY + 5, "stroke=\"#555555\"")
            if let label = tick.label { axis += Self.text(x: x(tick.at), y: axisY + 17, "", label) }
        }
        svg += Self.group("class=\"axis\" font-size=\"10\" fill=\"#555555\" text-anchor=\"middle\"", axis)
        svg += Self.text(
            class: "note", x: x(0), y: axisY + 36, "font-size=\"10\" fill=\"#777777\"",
            Self.note(assumed: layout.assumedTiming))
        svg += "</svg>\n"
        return svg
    }

    // MARK: Elements

    /// `<g ATTRIBUTES>`, a newline, `body` (whole elements), `</g>` and a newline.
    private static func group(_ attributes: String, _ body: String) -> String {
        "<g \(attributes)>\n" + body + "</g>\n"
    }

    /// The attributes that open most elements: `class="…"` (when given), then the coordinates in order.
    private static func place(class name: String?, _ coordinates: KeyValuePairs<String, Double>) -> String {
        var out = name.map { "class=\"\($0)\"" } ?? ""
        for (key, value) in coordinates {
            if !out.isEmpty { out += " " }
            out += "\(key)=\"\(f(value))\""
        }
        return out
    }

    /// A `<rect/>` element: its place, then `style` (further attributes, may be empty).
    private static func rect(
        class name: String? = nil, x: Double, y: Double, width: Double, height: Double, _ style: String
    ) -> String {
        let place = place(class: name, ["x": x, "y": y, "width": width, "height": height])
        return "<rect \(place)\(style.isEmpty ? "" : " ")\(style)/>\n"
    }

    /// A `<line/>` element from (x1, y1) to (x2, y2), then `style`.
    private static func line(
        class name: String? = nil, x1: Double, y1: Double, x2: Double, y2: Double, _ style: String
    ) -> String {
        let place = place(class: name, ["x1": x1, "y1": y1, "x2": x2, "y2": y2])
        return "<line \(place)\(style.isEmpty ? "" : " ")\(style)/>\n"
    }

    /// A `<text>` element at (x, y) with `style`, holding `content` escaped.
    private static func text(
        class name: String? = nil, x: Double, y: Double, _ style: String, _ content: String
    ) -> String {
        let place = place(class: name, ["x": x, "y": y])
        return "<text \(place)\(style.isEmpty ? "" : " ")\(style)>\(escape(content))</text>\n"
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
            return rect(
                class: mark.kind.rawValue, x: x, y: top, width: width, height: pulseHeight,
                "rx=\"2\" fill=\"\(fill)\" stroke=\"#00000040\"\(opacity)")
        case .maybe:
            let fill = color.map(Self.fill) ?? "#777777"
            return rect(
                class: "maybe", x: x, y: top, width: width, height: pulseHeight,
                "rx=\"2\" fill=\"\(fill)\" fill-opacity=\"0.3\" stroke=\"\(fill)\" stroke-dasharray=\"3 2\"")
        case .off:
            return rect(
                class: "off", x: x, y: top + pulseHeight / 2, width: width, height: pulseHeight / 2,
                "fill=\"none\" stroke=\"#777777\" stroke-dasharray=\"4 3\"\(opacity)")
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
