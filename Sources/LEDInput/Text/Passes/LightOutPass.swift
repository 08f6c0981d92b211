import LEDCore
import LEDVocabulary

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
        return markOtherLightGone(out)
    }

    /// A light said gone or out right after another colour said lit in the same sentence is off beside it,
    /// not a light that went out later: "blue on, green gone", "only green and the blue is gone", "green
    /// lit, blue out".
    private func markOtherLightGone(_ items: [TextItem]) -> [TextItem] {
        var out = items
        var inserted = 0
        for index in items.indices.dropFirst() {
            guard case .color(let gone) = items[index].meaning, otherLit(before: index, besides: gone, items) else {
                continue
            }
            let color = items[index]
            if index + 1 < items.count, items[index + 1].meaning == .endOfLight,
                ["gone", "out"].contains(word(items[index + 1].last)), color.last + 2 >= items[index + 1].first
            {
                out[index + 1 + inserted] = TextItem(.kind(.off), items[index + 1].first, items[index + 1].last)
            } else if word(color.last + 1) == "gone",
                index + 1 == items.count || items[index + 1].first > color.last + 1
            {
                out.insert(TextItem(.kind(.off), color.last + 1, color.last + 1), at: index + 1 + inserted)
                inserted += 1
            }
        }
        return out
    }

    /// Whether another colour said lit comes before the colour at `index` in its sentence, with no step
    /// ("then") or end of a light between.
    private func otherLit(before index: Int, besides gone: LEDColor, _ items: [TextItem]) -> Bool {
        var earlier = index - 1
        while earlier >= 0 {
            switch items[earlier].meaning {
            case .order(.sentence), .order(.then), .endOfLight: return false
            case .color(let other) where other != gone && saidLit(items, at: earlier): return true
            default: earlier -= 1
            }
        }
        return false
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
