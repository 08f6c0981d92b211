/// How well an evaluation did on one cause (or on `-`, "no diagnosis"), by the top cause.
public struct CauseAccuracy: Sendable, Hashable {
    /// Rows whose expected causes include it.
    public var support = 0
    /// Rows whose top cause is it.
    public var predicted = 0
    /// Rows whose top cause is it and is right.
    public var correctlyPredicted = 0
    /// Rows among its support whose top cause is right.
    public var recalled = 0

    /// Creates empty counts.
    public init() {}

    /// Right top causes among the rows whose top cause is it; nil when no row's top cause is it.
    public var precision: Double? { predicted == 0 ? nil : Double(correctlyPredicted) / Double(predicted) }
    /// Rows among its support with a right top cause; nil without support.
    public var recall: Double? { support == 0 ? nil : Double(recalled) / Double(support) }
}
