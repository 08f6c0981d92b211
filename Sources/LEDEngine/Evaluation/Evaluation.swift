import LEDCore

/// Runs labelled observations through a diagnoser and measures it: the catalog author's regression
/// harness (`leddiag evaluate`).
///
/// ```swift
/// let rows = try LabelledObservationReader.read(text, file: "observations.tsv")
/// let report = Evaluation(diagnoser: try Diagnoser.builtin()).run(rows)
/// print(report.top1, "of", report.rows)
/// ```

public struct Evaluation: Sendable {
    /// The diagnoser measured.
    public let diagnoser: Diagnoser

    /// Creates an evaluation of `diagnoser`.
    public init(diagnoser: Diagnoser) {
        self.diagnoser = diagnoser
    }

    /// Diagnoses one row as `leddiag diagnose` would (device `-` is no device). Text that cannot be
    /// read gives no causes and no observation, with the reason.
    public func evaluate(_ row: LabelledObservation) -> EvaluatedObservation {
        let diagnosis: Diagnosis
        do {
            diagnosis = try diagnoser.diagnose(row.text, device: row.device)
        } catch {
            return EvaluatedObservation(
                row, causes: [], observation: nil, canonical: nil, readFailure: .diagnose(error))
        }
        // The canonical string round-trips byte for byte (docs/event-language.md), so reading it back
        // gives the observation the rules saw.
        let observation = try? CanonicalReader.observation(from: diagnosis.canonical)
        return EvaluatedObservation(
            row, causes: diagnosis.causes, observation: observation, canonical: diagnosis.canonical,
            readFailure: observation == nil ? .canonicalNotReadBack(diagnosis.canonical) : nil)
    }

    /// Diagnoses every row and adds up the results.
    public func run(_ rows: [LabelledObservation]) -> EvaluationReport {
        EvaluationReport(results: rows.map(evaluate), knownCauses: Set(diagnoser.catalog.causes.map(\.id)))
    }
}
