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

    /// One answer a question offers.
    public struct Choice: Sendable, Hashable, Codable {
        /// The id given back with the answer (`yes`, `five-or-six`).
        public var id: String
        /// The answer, in words.
        public var text: String

        /// Creates a choice.
        public init(id: String, text: String) {
            (self.id, self.text) = (id, text)
        }
    }

    /// What it asks about.
    public var kind: Kind
    /// The question's id: the context for a situation question, the catalog's id for one about the
    /// light (`blue-before-red`).
    public var id: String
    /// The answers it offers, in order: `yes` and `no` for a situation question, the catalog's for one
    /// about the light. "Don't know" is always possible and is not listed.
    public var choices: [Choice]
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
        self.id = context.rawValue
        self.choices = [Choice(id: "yes", text: "yes"), Choice(id: "no", text: "no")]
        self.text = text
        self.context = context
        self.reason = reason
        self.expectedCostAfter = expectedCostAfter
        self.expectedCostNow = expectedCostNow
    }

    /// A question about the light: `id` and `text` as in the catalog, its answers `choices`.
    public init(
        light id: String, text: String, choices: [Choice], reason: String, expectedCostAfter: Double,
        expectedCostNow: Double
    ) {
        self.kind = .light
        self.id = id
        self.choices = choices
        self.text = text
        self.context = nil
        self.reason = reason
        self.expectedCostAfter = expectedCostAfter
        self.expectedCostNow = expectedCostNow
    }

    /// The choice a person's reply names: its number in ``choices`` (from 1), its id, or its words (any
    /// case); nil for anything else.
    public func choice(forReply reply: String) -> Choice? {
        let said = reply.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        if let number = Int(said), choices.indices.contains(number - 1) { return choices[number - 1] }
        return choices.first { $0.id == said || $0.text.lowercased() == said }
    }

    /// How many minutes answering is expected to save.
    public var value: Double { expectedCostNow - expectedCostAfter }
}
