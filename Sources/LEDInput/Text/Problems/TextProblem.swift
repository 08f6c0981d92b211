/// A problem found while reading the text, located by token indices; the parser turns it into an
/// ``ObservationParseError`` with character positions.
struct TextProblem: Error, Sendable {
    var message: String
    /// The first and last token of the offending words (`nil` for the whole input).
    var tokens: ClosedRange<Int>?
    var suggestions: [String] = []
    var note: String?

    init(_ message: String, tokens: ClosedRange<Int>?, suggestions: [String] = [], note: String? = nil) {
        self.message = message
        self.tokens = tokens
        self.suggestions = suggestions
        self.note = note
    }
}
