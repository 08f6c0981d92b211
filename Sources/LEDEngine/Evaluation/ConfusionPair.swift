/// How often rows expecting one thing got another as their top cause.
public struct ConfusionPair: Sendable, Hashable {
    /// The expected causes as the file writes them (`a|b`, or `-` for none).
    public var expected: String
    /// The top cause given, or `-` for no diagnosis.
    public var got: String
    /// How many rows.
    public var count: Int

    /// Creates a pair.
    public init(expected: String, got: String, count: Int) {
        self.expected = expected
        self.got = got
        self.count = count
    }
}
