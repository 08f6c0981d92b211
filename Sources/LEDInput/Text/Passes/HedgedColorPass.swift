/// Reads a colour the owner is unsure of, with a second guess after it ("blinking red or orange", "blinking red, or
/// maybe orange", "red, maybe pink"), as the first colour: one light, not two lights taking turns or following each
/// other. A denial before them ("no blue or green") is left to ``ResolvePass``.
///
/// Runs after the numbers are read ("5 or 6" is a range) and before ``ResolvePass``.
struct HedgedColorPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// Words that make the colour after them a guess.
    static let guesses: Set<String> = ["maybe", "possibly", "perhaps", "probably"]

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        var index = 0
        while index < items.count {
            out.append(items[index])
            if let guess = secondGuess(items, after: index) {
                index = guess + 1  // the joining word and the guessed colour are dropped
            } else {
                index += 1
            }
        }
        return out
    }

    /// The index of a colour guessed again right after the colour at `index` ("red or orange", "red, maybe
    /// orange"), when there is one.
    private func secondGuess(_ items: [TextItem], after index: Int) -> Int? {
        guard case .color(let first) = items[index].meaning,
            !(max(0, index - 2)..<index).contains(where: { items[$0].meaning == .negation })
        else { return nil }
        // "red or orange", "red, or maybe orange", "red, maybe orange"
        var guess = index + 1
        var said = false
        if guess < items.count, items[guess].meaning == .order(.comma) { guess += 1 }
        if guess < items.count, items[guess].meaning == .rangeJoin, word(items[guess].first) == "or" {
            said = true
            guess += 1
        }
        guard guess < items.count, case .color(let second) = items[guess].meaning, second != first,
            said || Self.guesses.contains(word(items[guess].first - 1)),
            // "red or blue flashing alternately" is the two taking turns
            !items[(guess + 1)...].prefix(3).contains(where: Self.saysAlternation)
        else { return nil }
        return guess
    }

    private static func saysAlternation(_ item: TextItem) -> Bool {
        switch item.meaning {
        case .alternation, .kind(.alternating): return true
        default: return false
        }
    }
}
