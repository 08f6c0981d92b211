public import LEDCore

/// One labelled observation after diagnosis: what was read, which causes came out, and whether
/// that is right.

public struct EvaluatedObservation: Sendable, Hashable {
    /// The row.
    public var labelled: LabelledObservation
    /// The ranked causes, strongest first; empty when no rule matched or the text could not be read.
    public var causes: [RankedCause]
    /// What was read, when the text could be read.
    public var observation: Observation?
    /// The canonical string of what was read (with its device), when the text could be read.
    public var canonical: String?
    /// Why the text could not be read, when it could not.
    public var readFailure: ReadFailure?

    /// Creates the outcome of one row.
    public init(
        _ labelled: LabelledObservation, causes: [RankedCause], observation: Observation?, canonical: String?,
        readFailure: ReadFailure?
    ) {
        self.labelled = labelled
        self.causes = causes
        self.observation = observation
        self.canonical = canonical
        self.readFailure = readFailure
    }

    /// Why the text could not be read, in words (``ReadFailure/description``), when it could not.
    public var readError: String? { readFailure?.description }

    /// The top cause's id, or `-` when there is no diagnosis.
    public var topCause: String { causes.first?.id ?? "-" }

    /// Top-1: no cause at all when none is expected; otherwise the top cause is an expected one.
    public var top1Correct: Bool {
        guard let top = causes.first else { return labelled.expectedCauses.isEmpty }
        return labelled.expectedCauses.contains(top.id)
    }

    /// Top-3: as top-1 when no cause is expected; otherwise one of the first three causes is expected.
    public var top3Correct: Bool {
        if labelled.expectedCauses.isEmpty { return top1Correct }
        return causes.prefix(3).contains { labelled.expectedCauses.contains($0.id) }
    }

    /// Whether the reading has the row's facts; nil when the row states none. An empty pattern with no
    /// context (`ctx=- :`) is also right when the text could not be read.
    public var factsCorrect: Bool? {
        guard let facts = labelled.facts else { return nil }
        if let observation { return facts.matches(observation) }
        return facts.isEmpty && facts.contexts.isEmpty
    }

    /// Wrong on top-1, or on the facts.
    public var isMiss: Bool { !top1Correct || factsCorrect == false }
}
