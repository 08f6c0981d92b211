import LEDVocabulary

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
