import LEDCore

/// A compact one-line picture of the events: one cell per event (or a few for blink runs),
/// coloured with ANSI colours when asked, readable without them.

public struct TimelineStrip: Sendable {
    /// Whether to use ANSI colours.
    public var color: Bool

    /// Creates a strip renderer.
    public init(color: Bool) {
        self.color = color
    }

    /// The strip for the events, steps separated by spaces and concurrent events by `+`.
    public func render(_ events: [EventReport]) -> String {
        var parts: [String] = []
        var current: [String] = []
        var step = events.first?.step ?? 0
        for event in events {
            if event.step != step {
                parts.append(current.joined(separator: "+"))
                current = []
                step = event.step
            }
            current.append(cell(event))
        }
        if !current.isEmpty { parts.append(current.joined(separator: "+")) }
        return parts.joined(separator: " ")
    }

    private func cell(_ event: EventReport) -> String {
        let glyphs: String
        switch event.kind {
        case .solid: glyphs = "███"
        case .blink:
            let pulses = event.count.flatMap { Int($0) }.map { min($0, 8) } ?? 4
            glyphs = String(repeating: "▌", count: pulses)
        case .alternating: glyphs = "▌▌▌▌"
        case .off: glyphs = "···"
        }
        let suffix = (event.count.map { " ×\($0)" } ?? "") + (event.flags.contains("ongoing") ? "…" : "")
        guard color else {
            let name = event.colors.map(\.rawValue).joined(separator: "/")
            return "[\(name) \(glyphs)\(suffix)]"
        }
        if event.kind == .alternating, event.colors.count > 1 {
            var text = ""
            for index in 0..<4 {
                text += "\u{1B}[\(Self.ansi(event.colors[index % event.colors.count]))m▌"
            }
            return text + "\u{1B}[0m" + suffix
        }
        let code = event.colors.first.map(Self.ansi) ?? "90"
        return "\u{1B}[\(code)m\(glyphs)\u{1B}[0m" + suffix
    }

    private static func ansi(_ color: LEDColor) -> String {
        switch color {
        case .red: return "31"
        case .green: return "32"
        case .yellow: return "93"
        case .amber: return "33"
        case .blue: return "34"
        case .purple: return "35"
        case .white: return "97"
        }
    }
}
