/// Reads a strobe as what it is, a fast blink: "strobing red", "it strobes blue", "keeps strobin red". The
/// blink word gets a fast speed beside it, unless its clause says a pace of its own ("strobing slowly").
///
/// Runs after ``NumberPass``.
struct StrobePass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            out.append(item)
            guard case .kind(.blink) = item.meaning, item.first == item.last, word(item.first).hasPrefix("strob"),
                !Self.clauseSaysPace(items, around: index)
            else { continue }
            out.append(TextItem(.speed(.fast), item.last, item.last))
        }
        return out
    }

    /// Whether the clause around `index` says a pace of its own: a speed ("strobes blue slowly"), a period
    /// ("strobing red about 3 times a second") or on- and off-times.
    private static func clauseSaysPace(_ items: [TextItem], around index: Int) -> Bool {
        for step in [-1, 1] {
            var probe = index + step
            while probe >= 0, probe < items.count {
                switch items[probe].meaning {
                case .order: probe = -1
                case .speed, .period, .every, .pulseTiming, .ratePer: return true
                default: probe += step
                }
            }
        }
        return false
    }
}
