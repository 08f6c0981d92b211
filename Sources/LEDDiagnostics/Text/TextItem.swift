/// A recognised word or phrase of the input: its meaning and the tokens it spans.
struct TextItem: Sendable {
    /// What it means.
    var meaning: TextMeaning
    /// The index of its first token.
    var first: Int
    /// The index of its last token.
    var last: Int

    init(_ meaning: TextMeaning, _ first: Int, _ last: Int) {
        self.meaning = meaning
        self.first = first
        self.last = last
    }

    /// The item widened to cover `other` too.
    func spanning(_ other: TextItem, as meaning: TextMeaning) -> TextItem {
        TextItem(meaning, min(first, other.first), max(last, other.last))
    }
}

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
