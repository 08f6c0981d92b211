import LEDCore

/// Renders a diagnosis for a person reading a terminal: causes with confidence and why, then the
/// fix plan with its steps.
public struct DiagnosisTextRenderer: Sendable {
    /// Whether to use ANSI colours.
    public var color: Bool
    /// The catalog, for device names.
    public var catalog: Catalog?

    /// Creates a renderer.
    public init(color: Bool = false, catalog: Catalog? = nil) {
        self.color = color
        self.catalog = catalog
    }

    private func style(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { style(text, "1") }
    private func dim(_ text: String) -> String { style(text, "2") }

    /// The report.
    public func render(_ diagnosis: Diagnosis) -> String {
        var lines: [String] = []
        let deviceName = diagnosis.device.map { id in catalog?.device(id)?.name ?? id } ?? "unknown device"
        lines.append("\(bold("Observation")): \(diagnosis.observation)  \(dim("(\(deviceName))"))")
        lines.append("\(bold("Events")):      \(diagnosis.canonical)")
        if !diagnosis.events.isEmpty {
            lines.append("             " + TimelineStrip(color: color).render(diagnosis.events))
        }
        for note in diagnosis.notes { lines.append(dim("note: \(note)")) }
        lines.append("")
        if diagnosis.causes.isEmpty {
            if diagnosis.skippedRules.isEmpty {
                lines.append(bold("No rule matched.") + " leddiag has no diagnosis for this pattern.")
            } else {
                // A rule stopped by a PCRE2 limit might have matched: not knowing is not "no rule matched".
                let skipped = diagnosis.skippedRules.map(\.rule)
                let count = skipped.count == 1 ? "1 rule" : "\(skipped.count) rules"
                lines.append(
                    bold("No diagnosis.")
                        + " No rule matched, but \(count) could not be tried (\(skipped.joined(separator: ", ")), "
                        + "see the warnings): the pattern may still be one leddiag knows.")
            }
            if !diagnosis.closest.isEmpty {
                lines.append("Closest rules:")
                for miss in diagnosis.closest { lines.append("  - \(miss.rule) (\(miss.cause)): \(miss.detail)") }
            }
        } else {
            lines.append(bold("Likely causes"))
            for (index, cause) in diagnosis.causes.enumerated() {
                let percent = String(Int((cause.confidence * 100).rounded())) + "%"
                let severity = severityLabel(cause.severity)
                lines.append("  \(index + 1). \(bold(cause.title)) [\(cause.id)]  \(percent)  \(severity)")
                for evidence in cause.evidence.prefix(2) {
                    let sources = evidence.sources.map { "\($0.ref) (\($0.tier.rawValue))" }.joined(separator: "; ")
                    lines.append("     \(evidence.explanation)")
                    lines.append(
                        "     "
                            + dim(
                                "rule \(evidence.rule), matched bytes \(evidence.span[0])–\(evidence.span[1]); "
                                    + "source: \(sources)"))
                }
                if cause.severity == .normal, let expect = cause.expect {
                    lines.append("     Nothing is wrong. \(expect)")
                }
            }
            lines.append("")
            if let question = diagnosis.question {
                lines.append(
                    "\(bold("Worth asking")): \(question.text)  "
                        + dim(
                            "(answering saves about "
                                + "\(minutes(question.expectedCostNow - question.expectedCostAfter)) on average)"))
                lines.append("")
            }
            lines.append(
                "\(bold("Fix plan")) "
                    + dim("(cheapest likely fix first; expected cost \(minutes(diagnosis.expectedCost)))"))
            for (index, fix) in diagnosis.fixes.enumerated() {
                let destructive = fix.destructive ? style(" — wipes settings, setup again", "33") : ""
                lines.append(
                    "  \(index + 1). \(bold(fix.title)) [\(fix.id)]  ~\(minutes(fix.minutes))\(destructive)  "
                        + dim(
                            "for \(fix.causes.joined(separator: ", ")); "
                                + "works \(Int((fix.probability * 100).rounded()))% if reached"))
                for step in fix.steps { lines.append("     - \(step)") }
            }
        }
        for warning in diagnosis.warnings { lines.append(style("warning: \(warning)", "33")) }
        return lines.joined(separator: "\n")
    }

    private func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .normal: return style("normal", "32")
        case .warning: return style("warning", "33")
        case .fault: return style("fault", "31")
        }
    }

    private func minutes(_ value: Double) -> String {
        if value < 1 { return "under a minute" }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) min"
    }
}
