public import LEDCore

/// A yes/no question whose answer separates the leading causes.

public struct DiagnosticQuestion: Sendable, Hashable, Codable {
    /// The question, in words.
    public var text: String
    /// The context it asks about; answering sets or clears it.
    public var context: ObservationContext
    /// The expected cost of the fix plan after the answer (averaged over the answers), in minutes.
    public var expectedCostAfter: Double
    /// The cost of acting now, in minutes.
    public var expectedCostNow: Double
}
