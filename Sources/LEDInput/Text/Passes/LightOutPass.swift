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
            guard Self.namesLight(item.meaning), ["out", "gone"].contains(word(item.last + 1)),
                word(item.last + 2) != "of"
            else { continue }
            let token = item.last + 1
            if index + 1 < items.count, items[index + 1].first <= token { continue }
            out.append(TextItem(.endOfLight, token, token))
        }
        return markOtherLightGone(out)
    }

    /// A light said gone or out right after another colour said lit in the same sentence is off beside it,
    /// not a light that went out later: "blue on, green gone", "only green and the blue is gone", "green
    /// lit, blue out".
    private func markOtherLightGone(_ items: [TextItem]) -> [TextItem] {
        var out = items
        for index in items.indices.dropFirst() where items[index].meaning == .endOfLight {
            let end = items[index]
            guard ["gone", "out"].contains(word(end.last)), case .color(let gone) = items[index - 1].meaning,
                items[index - 1].last + 2 >= end.first
            else { continue }
            var earlier = index - 2
            while earlier >= 0 {
                switch items[earlier].meaning {
                case .order(.sentence), .order(.then), .endOfLight: earlier = -1
                case .color(let other) where other != gone && saidLit(items, at: earlier):
                    out[index] = TextItem(.kind(.off), end.first, end.last)
                    earlier = -1
                default: earlier -= 1
                }
            }
        }
        return out
    }

    /// Whether the colour at `index` is said lit: "only" before it, or a lit word right after it.
    private func saidLit(_ items: [TextItem], at index: Int) -> Bool {
        let color = items[index]
        if word(color.first - 1) == "only" || (word(color.first - 1) == "the" && word(color.first - 2) == "only") {
            return true
        }
        guard index + 1 < items.count, items[index + 1].first <= color.last + 3 else { return false }
        switch items[index + 1].meaning {
        case .kind(.solid), .lit, .looseOn, .constant: return true
        default: return false
        }
    }

    /// Whether `meaning` names a light: a colour, or the recording light.
    private static func namesLight(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .color, .recordingLight: return true
        default: return false
        }
    }
}
