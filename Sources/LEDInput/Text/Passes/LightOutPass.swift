/// Reads "out" right after a light named as that light going out: "09:00:25 blue out, then six red
/// flashes", "rec light out -> red x5", as "the blue went out". Elsewhere "out" is an ordinary word ("took
/// the batteries out", "out of the box").
///
/// Runs after ``PastReferencePass`` and before ``ResolvePass``.
struct LightOutPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            out.append(item)
            guard Self.namesLight(item.meaning), word(item.last + 1) == "out", word(item.last + 2) != "of" else {
                continue
            }
            let token = item.last + 1
            if index + 1 < items.count, items[index + 1].first <= token { continue }
            out.append(TextItem(.endOfLight, token, token))
        }
        return out
    }

    /// Whether `meaning` names a light: a colour, or the recording light.
    private static func namesLight(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .color, .recordingLight: return true
        default: return false
        }
    }
}
