import LEDVocabulary

/// A punctuation mark that means something to the parser.
enum TextSymbol: Sendable, Hashable {
    /// `,` `:` `—` — a pause between events.
    case comma
    /// `.` `!` `?` `;` `…` and a line break.
    case sentenceEnd
    /// `>` `->` `=>` `→` — "then".
    case arrow
    /// `×` — "times".
    case times
    /// `-` or `–` between two numbers: a range.
    case dash
    /// `+` — "and", or part of a model name ("Mini 2K+").
    case plus
    /// `&` `/` — "and".
    case ampersand
}

/// What separates a token from the one before it.
enum TokenGap: Sendable, Hashable {
    /// Nothing: `x6`, `2K+`.
    case glued
    /// Spaces, tabs or hyphens only.
    case spaced
    /// Some other character the parser ignores (quotes, brackets, emoji).
    case broken
}

/// One word, number or symbol of the input, located by UTF-8 byte offsets.
struct TextToken: Sendable {
    /// The kinds of token.
    enum Kind: Sendable {
        /// A word; `id` is its ``WordTable`` id or -1; `ascii` tells whether it is plain ASCII.
        case word(id: Int32, ascii: Bool)
        /// A number (its sign included when typed as `-3`).
        case number(NumberLiteral)
        /// A punctuation mark.
        case symbol(TextSymbol)
    }

    var kind: Kind
    /// The first byte.
    var start: Int
    /// The byte just past the token.
    var end: Int
    /// What lies between this token and the previous one.
    var gap: TokenGap

    /// The word id, when the token is a known word.
    var wordID: Int32? {
        if case .word(let id, _) = kind, id >= 0 { return id }
        return nil
    }

    /// Whether the token is a word (known or not).
    var isWord: Bool {
        if case .word = kind { return true }
        return false
    }

    /// Whether the token is a number.
    var isNumber: Bool {
        if case .number = kind { return true }
        return false
    }
}
