/// The outcome of `CompiledPattern.partialMatch(in:from:)`: did the pattern match, get
/// cut off by the end of the subject, or fail?
public enum PartialMatchResult: Sendable, Hashable {
    /// The pattern matched completely (and no partial match was found first).
    case complete(Match)
    /// The subject ended while the pattern was still matching: the byte range from where that attempt
    /// started to the end of the subject is a prefix of something the pattern would match.
    case partial(Range<Int>)
    /// The pattern fails before the end of the subject.
    case noMatch
}
