/// How well an evaluation did on the rows of one tag (phrase family).
public struct TagAccuracy: Sendable, Hashable {
    /// Rows with the tag.
    public var rows = 0
    /// Of those, rows right on top-1.
    public var top1 = 0
    /// Of those, rows that state facts.
    public var factsRows = 0
    /// Of those, rows whose facts were read right.
    public var facts = 0

    /// Creates empty counts.
    public init() {}
}
