public import LEDCore
import LEDInput

extension Diagnoser {
    /// Diagnoses `text` (typed words or a canonical string) and explains the result: how the words
    /// were read, which rules matched and scored what, which came close, and the arithmetic behind
    /// each cause's confidence. `device` (an id or alias) overrides a device named in the text.
    ///
    /// ```swift
    /// let explanation = try diagnoser.explain("red x6 after blue", device: "outdoor-4")
    /// explanation.readings.map(\.meaning)   // ["color red", "count 6", "order: after", "color blue"]
    /// explanation.matches.first?.rule       // "low-battery-red-after-recording-light"
    /// ```
    public func explain(_ text: String, device: String? = nil) throws(DiagnoseError) -> Explanation {
        let diagnosis = try diagnose(text, device: device)
        let isCanonical = CanonicalReader.looksCanonical(text)
        let deviceID = try device.map { (name) throws(DiagnoseError) in try self.deviceID(for: name) }
        let readings = isCanonical ? [] : ((try? parser.parse(text, device: deviceID))?.readings ?? [])
        var observation = try read(text, device: device)
        if let deviceID { observation.device = deviceID }
        return explanation(of: observation, input: text, isCanonical: isCanonical, readings: readings, diagnosis: diagnosis)
    }

    /// Explains the diagnosis of an observation built in code or read from a log (no word readings).
    public func explain(_ observation: Observation) -> Explanation {
        let diagnosis = diagnose(observation)
        return explanation(of: observation, input: diagnosis.canonical, isCanonical: true, readings: [], diagnosis: diagnosis)
    }

    private func explanation(
        of observation: Observation, input: String, isCanonical: Bool, readings: [WordReading], diagnosis: Diagnosis
    ) -> Explanation {
        var matches: [ExplainedMatch] = []
        var misses: [ExplainedMiss] = []
        // The rules read what the light does now (``ObservationHistory``); spans point into the whole string.
        let history = ObservationHistory(observation)
        func moved(_ range: Range<Int>) -> Range<Int> { history?.moved(range) ?? range }
        for outcome in evaluate(history?.now ?? observation) {
            let rule = outcome.rule
            switch outcome.verdict {
            case .matched(let match, var evidence):
                evidence.span = evidence.span.map { history?.moved($0) ?? $0 }
                matches.append(ExplainedMatch(rule: rule.id, cause: rule.cause, span: moved(match.range), evidence: evidence))
            case .wrongDevice(let match?):
                misses.append(ExplainedMiss(rule: rule.id, cause: rule.cause, reason: .device((rule.devices ?? []).sorted()), span: moved(match.range)))
            case .wrongContext(let match?, let missing, let present):
                misses.append(ExplainedMiss(
                    rule: rule.id, cause: rule.cause, reason: .context(missing: missing.sorted(), present: present.sorted()),
                    span: moved(match.range)))
            case .noMatch(let reached?):
                misses.append(ExplainedMiss(
                    rule: rule.id, cause: rule.cause, reason: .partial(reached: history?.moved(reached) ?? reached), span: nil))
            case .wrongDevice(nil), .wrongContext(nil, _, _), .noMatch(nil), .skipped:
                break
            }
        }
        matches.sort { ($0.evidence.score, $1.rule) > ($1.evidence.score, $0.rule) }
        misses.sort { Self.closeness($0) > Self.closeness($1) || (Self.closeness($0) == Self.closeness($1) && $0.rule < $1.rule) }

        let supports = diagnosis.causes.map { cause -> (String, [(rule: String, score: Double)], Double) in
            let scores = cause.evidence.map { (rule: $0.rule, score: $0.score) }
            return (cause.id, scores, 1 - scores.reduce(1) { $0 * (1 - $1.score) })
        }
        let total = supports.reduce(0) { $0 + $1.2 }
        let arithmetic = zip(supports, diagnosis.causes).map { entry, cause in
            CauseArithmetic(cause: entry.0, scores: entry.1, support: entry.2, scaledBy: total > 1 ? total : nil, confidence: cause.confidence)
        }
        return Explanation(
            input: input, isCanonicalInput: isCanonical, readings: readings, diagnosis: diagnosis, matches: matches,
            nearMisses: misses, arithmetic: arithmetic, totalSupport: total)
    }

    /// Filtered rules whose pattern matched come first (they would have counted), then partial
    /// matches by how far they got.
    private static func closeness(_ miss: ExplainedMiss) -> Int {
        switch miss.reason {
        case .device, .context: return Int.max / 2 + (miss.span?.upperBound ?? 0)
        case .partial(let reached): return reached
        }
    }
}
