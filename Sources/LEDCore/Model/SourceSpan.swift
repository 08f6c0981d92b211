/// Where an event came from, so that explanations can point at it.
public enum SourceSpan: Sendable, Hashable, Codable {
    /// Characters `start..<end` (counted in `Character`s) of the typed text.
    case text(start: Int, end: Int)
    /// Lines `first...last` (1-based) of a log.
    case lines(first: Int, last: Int)
}
