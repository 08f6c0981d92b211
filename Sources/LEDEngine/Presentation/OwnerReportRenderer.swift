import LEDCore

/// Renders a diagnosis for the device's owner, in plain language: what it is, how sure leddiag is,
/// what to do — the fix plan, one instruction per step — and the warnings. No rule ids, byte spans,
/// source files or arithmetic: ``DiagnosisTextRenderer`` (`diagnose --details`) prints those.
///
/// The report is a list of sections, each built from the diagnosis alone (`sections(_:)`): a new
/// section — the answers given in a guided session, say — is one more entry in that list.
public struct OwnerReportRenderer: Sendable {
    /// The catalog the diagnosis comes from: device names, what causes mean, and the fixes' steps as one
    /// instruction each. (A fix it does not know, or knows with other steps, is shown step by step in full.)
    public var catalog: Catalog
    /// Whether to use ANSI colours.
    public var color: Bool

    /// A renderer for diagnoses made with `catalog`.
    public init(catalog: Catalog, color: Bool = false) {
        self.catalog = catalog
        self.color = color
    }

    /// The report: its sections, separated by blank lines.
    public func render(_ diagnosis: Diagnosis) -> String {
        sections(diagnosis).filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// The sections in order, each a list of lines; an empty one is left out.
    func sections(_ diagnosis: Diagnosis) -> [[String]] {
        guard let top = diagnosis.causes.first else {
            return [observation(diagnosis), noDiagnosis(diagnosis), warnings(diagnosis)]
        }
        return [
            observation(diagnosis), whatItIs(top), whatToExpect(top), howSure(diagnosis), question(diagnosis),
            whatToDo(diagnosis), warnings(diagnosis),
        ]
    }

    // MARK: Sections

    /// What was seen, on which device, drawn as a timeline; how words were read where that may surprise.
    private func observation(_ diagnosis: Diagnosis) -> [String] {
        let device = diagnosis.device.map { id in catalog.device(id)?.name ?? id } ?? "device not given"
        var lines = ["\(bold("You saw")): \(diagnosis.observation)  \(dim("(\(device))"))"]
        if !diagnosis.events.isEmpty {
            lines.append("         " + TimelineStrip(color: color).render(diagnosis.events))
        }
        for note in diagnosis.notes { lines.append(dim("note: \(note)")) }
        return lines
    }

    /// The most likely cause: its title and what it means.
    private func whatItIs(_ cause: RankedCause) -> [String] {
        let normal = cause.severity == .normal ? " — " + style("nothing is wrong", "32") : ""
        let meaning = catalog.cause(cause.id)?.meaning ?? cause.evidence.first?.explanation
        return ["\(bold("What it is")): \(bold(cause.title))\(normal)"] + (meaning.map { ["  \($0)"] } ?? [])
    }

    /// For a normal cause: what happens next.
    private func whatToExpect(_ cause: RankedCause) -> [String] {
        guard cause.severity == .normal, let expect = cause.expect else { return [] }
        return [bold("What to expect"), "  \(expect)"]
    }

    /// How likely the top cause is, in a word and a percentage, and the causes after it.
    private func howSure(_ diagnosis: Diagnosis) -> [String] {
        guard let top = diagnosis.causes.first else { return [] }
        var lines = ["\(bold("How sure")): \(Self.likelihood(top.confidence)) — \(Self.percent(top.confidence))"]
        let others = diagnosis.causes.dropFirst()
        if !others.isEmpty {
            var named = others.prefix(3).map { "\($0.title) (\(Self.percent($0.confidence)))" }
            if others.count > 3 { named.append("and \(others.count - 3) more, less likely") }
            lines.append("  Also possible: " + named.joined(separator: " · "))
        }
        return lines
    }

    /// The yes/no question whose answer would tell the leading causes apart.
    private func question(_ diagnosis: Diagnosis) -> [String] {
        guard let question = diagnosis.question else { return [] }
        return [
            "\(bold("Worth asking")): \(question.text)",
            dim("  The answer tells the likely causes apart; `leddiag interactive` asks it and ranks again."),
        ]
    }

    /// The fix plan: each fix a numbered action, each step one instruction; a note where the sources
    /// differ on a step.
    private func whatToDo(_ diagnosis: Diagnosis) -> [String] {
        guard !diagnosis.fixes.isEmpty else { return [] }
        var lines = [bold("What to do") + dim(" — in this order; stop once the light is back to normal")]
        var differ = false
        for (index, fix) in diagnosis.fixes.enumerated() {
            let cost =
                fix.destructive
                ? dim("(\(Self.duration(fix.minutes))")
                    + style("; it wipes the device's settings, so you set it up again", "33") + dim(")")
                : dim("(\(Self.duration(fix.minutes)))")
            lines.append("  \(index + 1). \(bold(fix.title))  \(cost)")
            for step in steps(of: fix, device: diagnosis.device) {
                lines.append(
                    "     - \(step.instruction)" + (step.sourcesDiffer == nil ? "" : dim("  (sources differ)")))
                differ = differ || step.sourcesDiffer != nil
            }
        }
        if differ {
            lines.append("")
            lines.append(
                dim(
                    "Where the sources differ, the step shown suits them all; "
                        + "--details shows what each source says."))
        }
        return lines
    }

    /// No cause: that leddiag does not know the pattern — or could not try every rule — and what
    /// came closest.
    private func noDiagnosis(_ diagnosis: Diagnosis) -> [String] {
        var lines: [String] = []
        let skipped = diagnosis.skippedRules.count
        if skipped == 0 {
            lines.append(bold("No diagnosis") + ": leddiag does not know this pattern.")
        } else {
            // A rule stopped by a PCRE2 limit might have matched: not knowing is not "no rule matched".
            let checks = skipped == 1 ? "1 of its checks" : "\(skipped) of its checks"
            lines.append(
                bold("No diagnosis") + ": nothing leddiag knows fits what you saw, but \(checks) could not be "
                    + "finished (see the warnings), so it may still be a pattern leddiag knows.")
        }
        var seen: Set<String> = []
        let closest = diagnosis.closest.map(\.cause).filter { seen.insert($0).inserted }
        if !closest.isEmpty {
            let titles = closest.map { catalog.cause($0)?.title ?? $0 }
            lines.append("  It comes closest to: " + titles.joined(separator: " · "))
            lines.append(dim("  `leddiag explain` shows why none of them fits."))
        }
        return lines
    }

    /// The warnings; the rules skipped at a PCRE2 limit as one plain warning.
    private func warnings(_ diagnosis: Diagnosis) -> [String] {
        let skipped = Set(diagnosis.skippedRules.map(\.warning))
        var lines: [String] = []
        if !skipped.isEmpty {
            let checks = skipped.count == 1 ? "1 of leddiag's checks" : "\(skipped.count) of leddiag's checks"
            let them = skipped.count == 1 ? "it" : "them"
            lines.append(
                "warning: \(checks) could not be finished (a matching limit was hit), so a cause may be "
                    + "missing from this report; `leddiag diagnose --details` names \(them)."
            )
        }
        lines += diagnosis.warnings.filter { !skipped.contains($0) }.map { "warning: \($0)" }
        return lines.map { style($0, "33") }
    }

    // MARK: Wording

    /// The steps of a planned fix as one instruction each: the catalog's, when they are the steps the
    /// plan carries, without the citations of knowledge files that stand alone in parentheses (` (001)`;
    /// the detailed report keeps them); otherwise each step in full.
    private func steps(of fix: PlannedFix, device: String?) -> [FixStep] {
        guard let known = catalog.fix(fix.id), case let steps = known.fixSteps(for: device),
            steps.map(\.detailed) == fix.steps
        else { return fix.steps.map { FixStep($0) } }
        let citations = known.sources.compactMap(\.label).map { " (\($0))" }
        return steps.map { step in
            var plain = step
            for citation in citations { plain.instruction = Self.removing(citation, from: plain.instruction) }
            return plain
        }
    }

    /// `text` without any occurrence of `citation`, as `text.replacing(citation, with: "")` gives it: compared
    /// byte by byte when both are ASCII (each byte is a `Character` then; the standard library's generic
    /// `replacing` cost 2 M instructions of a one-shot `diagnose`), with `replacing` otherwise.
    static func removing(_ citation: String, from text: String) -> String {
        let needle = Array(citation.utf8)
        let bytes = Array(text.utf8)
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }), bytes.allSatisfy({ $0 < 0x80 }) else {
            return text.replacing(citation, with: "")
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes.count - index >= needle.count, bytes[index..<index + needle.count].elementsEqual(needle) {
                index += needle.count
            } else {
                kept.append(bytes[index])
                index += 1
            }
        }
        return kept.count == bytes.count ? text : String(decoding: kept, as: UTF8.self)
    }

    /// A confidence in words, by its percentage as shown: very likely (80 % and more), likely (50 %),
    /// or unsure (below: other causes are about as likely).
    static func likelihood(_ confidence: Double) -> String {
        switch percentage(confidence) {
        case 80...: return "very likely"
        case 50..<80: return "likely"
        default: return "unsure"
        }
    }

    /// `61 %`.
    static func percent(_ confidence: Double) -> String { "\(percentage(confidence)) %" }

    /// The confidence as a whole percentage.
    private static func percentage(_ confidence: Double) -> Int { Int((confidence * 100).rounded()) }

    /// `about 5 minutes`, `about a minute`, `under a minute`.
    static func duration(_ minutes: Double) -> String {
        if minutes < 1 { return "under a minute" }
        let whole = Int(minutes.rounded())
        return whole == 1 ? "about a minute" : "about \(whole) minutes"
    }

    private func style(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { style(text, "1") }
    private func dim(_ text: String) -> String { style(text, "2") }
}
