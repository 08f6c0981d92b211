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
        // The text is read once: the diagnosis, its explanation and the word readings share it.
        let reading = try read(parsing: text, device: device)
        var run = run(reading.observationOnDevice, text: text)
        reading.annotate(&run.diagnosis)
        return explanation(of: &run, input: text, isCanonical: reading.isCanonical, readings: reading.readings)
    }

    /// Explains the diagnosis of an observation built in code or read from a log (no word readings).
    public func explain(_ observation: Observation) -> Explanation {
        var run = run(observation, text: nil)
        return explanation(of: &run, input: run.diagnosis.canonical, isCanonical: true, readings: [])
    }

    /// The explanation of a diagnosis `run`: the matcher's outcomes completed to every rule, and the
    /// ranking's own supports.
    private func explanation(
        of run: inout Run, input: String, isCanonical: Bool, readings: [WordReading]
    ) -> Explanation {
        var matches: [ExplainedMatch] = []
        var misses: [NearMiss] = []
        // The rules read what the light does now (``ObservationHistory``); spans point into the whole string.
        let history = run.history
        let move = { (offset: Int) in history?.moved(offset) ?? offset }
        let outcomes = run.subject.withUnsafeBufferPointer { bytes in
            ruleOutcomes(&run.scoring.outcomes, of: run.now, bytes: bytes, layout: run.layout)
        }
        for outcome in outcomes {
            let rule = outcome.rule
            switch outcome.verdict {
            case .matched(let match, var evidence):
                evidence.span = evidence.span.map(move)
                matches.append(
                    ExplainedMatch(
                        rule: rule.id, cause: rule.cause,
                        span: move(match.range.lowerBound)..<move(match.range.upperBound),
                        evidence: evidence))
            case .wrongDevice(let match?):
                misses.append(
                    NearMiss(
                        rule: rule.id, cause: rule.cause, reason: .device((rule.devices ?? []).sorted()),
                        span: match.range,
                        canonicalLength: run.layout.count
                    ).moved(move))
            case .wrongContext(let match?, let missing, let present):
                misses.append(
                    NearMiss(
                        rule: rule.id, cause: rule.cause,
                        reason: .context(missing: missing.sorted(), present: present.sorted()),
                        span: match.range, canonicalLength: run.layout.count
                    ).moved(move))
            case .noMatch(let reached?):
                misses.append(
                    NearMiss(
                        rule: rule.id, cause: rule.cause, reason: .partial(reached: reached), span: nil,
                        canonicalLength: run.layout.count
                    ).moved(move))
            case .wrongDevice(nil), .wrongContext(nil, _, _), .noMatch(nil), .skipped:
                break
            }
        }
        matches.sort { ($0.evidence.score, $1.rule) > ($1.evidence.score, $0.rule) }
        misses.sort { a, b in
            Self.closeness(a) > Self.closeness(b) || (Self.closeness(a) == Self.closeness(b) && a.rule < b.rule)
        }

        // The ranking's noisy-OR supports, summed in the order the causes are reported.
        let diagnosis = run.diagnosis
        let total = run.scoring.beliefs.reduce(0) { $0 + $1.support }
        // Scaled so that "something else" keeps at least the leak: divided by total / (1 − leak).
        let room = 1 - policy.leak
        let arithmetic = zip(run.scoring.beliefs, diagnosis.causes).map { belief, cause in
            CauseArithmetic(
                cause: cause.id, scores: cause.evidence.map { (rule: $0.rule, score: $0.score) },
                support: belief.support,
                scaledBy: total > room ? total / room : nil, confidence: cause.confidence)
        }
        return Explanation(
            input: input, isCanonicalInput: isCanonical, readings: readings, diagnosis: diagnosis, matches: matches,
            nearMisses: misses, arithmetic: arithmetic, totalSupport: total)
    }

    /// Filtered rules whose pattern matched come first (they would have counted), then partial
    /// matches by how far they got.
    private static func closeness(_ miss: NearMiss) -> Int {
        switch miss.reason {
        case .device, .context: return Int.max / 2 + (miss.span?.upperBound ?? 0)
        case .partial(let reached): return reached
        }
    }
}
