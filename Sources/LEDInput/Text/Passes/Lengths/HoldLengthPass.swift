import LEDVocabulary

/// Drops a length said of holding the button, which is no length of the light: "reset the Mini (5 s on the
/// button), red light came on", "holding it five seconds. The red light came on", "reset the XT (held 15 s)",
/// "pushed the reset w a paperclip for like 10 secs". A length of a minute or less is the hold's when a word of
/// holding or pressing comes before it in its clause with no light between, or "on the button" right after it;
/// not while the button is held ("while holding the reset button for 30 seconds the light blinks red").
///
/// Runs after ``NumberPass`` and before ``PastReferencePass``.
struct HoldLengthPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String
    /// Whether the token at an index is punctuation.
    let isSymbol: (Int) -> Bool

    /// Words of holding or pressing a button.
    static let holdWords: Set<String> = [
        "held", "holding", "hold", "holdin", "pressed", "pressing", "press", "pushed", "pushing", "push", "kept",
    ]
    /// Words before a hold that make the light's time the hold's ("while holding …").
    static let during: Set<String> = ["while", "whilst", "during", "as"]
    /// Things held, said after a length ("5 s on the button").
    static let heldThings: Set<String> = ["button", "btn", "reset", "pin", "rst"]
    /// How many words back a word of holding is looked for.
    static let reach = 12
    /// The longest hold, in seconds.
    static let longestHold = 60.0

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if isShortLength(item.meaning), holdBefore(items, at: index) || heldAfter(item.last) { continue }
            out.append(item)
        }
        return out
    }

    /// Whether `meaning` is a length of a minute or less.
    private func isShortLength(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .exactDuration(let length): return (length.seconds ?? .infinity) <= Self.longestHold
        default: return false
        }
    }

    /// Whether a word of holding comes before the item at `index` in its clause, with no light between.
    private func holdBefore(_ items: [TextItem], at index: Int) -> Bool {
        let first = items[index].first
        var token = first - 1
        while token >= max(0, first - Self.reach), !isSymbol(token) {
            if Self.holdWords.contains(word(token)) {
                // "while holding the reset button for 30 seconds the light blinks red": the light's too.
                if Self.during.contains(word(token - 1)) || Self.during.contains(word(token - 2)) { return false }
                return !items[..<index].contains { $0.first > token && $0.meaning.describesLight }
            }
            token -= 1
        }
        return false
    }

    /// Whether "on the button" (the reset, the pin) follows token `last`.
    private func heldAfter(_ last: Int) -> Bool {
        guard word(last + 1) == "on" else { return false }
        return Self.heldThings.contains(word(last + 2)) || Self.heldThings.contains(word(last + 3))
    }
}
