import LEDCore
import LEDVocabulary

/// "blinks red instead of solid blue", "instead of blinking blue it has sat on solid green", "red rather than the
/// usual blue": the light after "instead of" or "rather than" is the one that did not come — its colours are
/// absent, like "no blue" — not a second light that alternates or is lit beside the one described. The words of
/// its kind go with it ("instead of blinking blue" says nothing of the green's blinking). Without a colour ("solid
/// blue instead of blinking") the negation stays: the light described does not blink.
///
/// Runs before ``ResolvePass``.
struct InsteadOfPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// How many items after "instead of" the colour may be named.
    static let reach = 3

    func run(_ items: [TextItem]) -> [TextItem] {
        TextItem.scan(items.count) { index, out in
            let item = items[index]
            guard item.meaning == .negation, isInsteadOf(item), let (colors, end) = absentLight(items, after: index)
            else {
                out.append(item)
                return index + 1
            }
            out.append(TextItem(.absent(colors), item.first, items[end - 1].last))
            return end
        }
    }

    /// Whether the negation is "instead of" or "rather than".
    private func isInsteadOf(_ item: TextItem) -> Bool {
        let first = word(item.first)
        return item.last == item.first + 1
            && (first == "instead" && word(item.last) == "of" || first == "rather" && word(item.last) == "than")
    }

    /// The colours of the light named within reach after the negation at `index` — past its kind, speed or
    /// length — and the index after that light's words (a kind right after the colours included).
    private func absentLight(_ items: [TextItem], after index: Int) -> ([LEDColor], Int)? {
        var probe = index + 1
        while probe < items.count, probe <= index + Self.reach {
            if case .color = items[probe].meaning { break }
            guard Self.describesKind(items[probe].meaning) else { return nil }
            probe += 1
        }
        var colors: [LEDColor] = []
        while probe < items.count, case .color(let color) = items[probe].meaning {
            if !colors.contains(color) { colors.append(color) }
            probe += 1
            if probe < items.count, items[probe].meaning == .together, probe + 1 < items.count,
                case .color = items[probe + 1].meaning
            {
                probe += 1  // "instead of blue and green"
            }
        }
        guard !colors.isEmpty else { return nil }
        // "instead of blue blinking"
        while probe < items.count, Self.describesKind(items[probe].meaning) { probe += 1 }
        return (colors, probe)
    }

    /// Words that say how a light looks without naming its colour: a kind, a speed, a length.
    private static func describesKind(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind, .speed, .constant, .lit, .looseOn: return true
        default: return false
        }
    }
}
