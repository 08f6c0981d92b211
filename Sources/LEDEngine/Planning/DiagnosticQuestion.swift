public import LEDCore

/// A question worth asking, because its answer is expected to make the fix plan cheaper: about the
/// situation (a context: "Is the device being set up right now?") or about the light itself.
public struct DiagnosticQuestion: Sendable, Hashable, Codable {
    /// What a question asks about.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The situation around the light: a context, answered yes or no.
        case situation
        /// The light itself: the answer refines the observation, which is read again.
        case light
    }

    /// What it asks about.
    public var kind: Kind
    /// The question, in words.
    public var text: String
    /// For a situation question, the context it asks about; answering sets or clears it.
    public var context: ObservationContext?
    /// Why it is worth asking, in words: what each answer would point to.
    public var reason: String
    /// The expected cost of the fix plan after the answer (averaged over the answers), in minutes.
    public var expectedCostAfter: Double
    /// The cost of acting now, in minutes.
    public var expectedCostNow: Double

    /// A situation question about `context`.
    public init(
        text: String, context: ObservationContext, reason: String = "", expectedCostAfter: Double,
        expectedCostNow: Double
    ) {
        self.kind = .situation
        self.text = text
        self.context = context
        self.reason = reason
        self.expectedCostAfter = expectedCostAfter
        self.expectedCostNow = expectedCostNow
    }

    /// How many minutes answering is expected to save.
    public var value: Double { expectedCostNow - expectedCostAfter }
}
