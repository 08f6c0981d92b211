import LEDCore

/// A count said again after a pause is a second burst of the same light: "blinks red twice then a pause then
/// twice", "red flashes 3 times, pause, 3 times", "two blinks, a short gap, then two more". The count after the
/// pause takes the kind of the light before it, as "then blinks twice" would say.
///
/// Runs before ``ResolvePass``.
struct PausedBurstPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// Words for the pause between two bursts.
    static let pauseWords: Set<String> = ["pause", "pauses", "paused", "break", "gap", "wait"]

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count + 1)
        for (index, item) in items.enumerated() {
            if case .count = item.meaning, let (kind, said) = burstKind(items, at: index) {
                // "a short pause": the length was the pause's, not the first burst's.
                out.removeAll { kept in said.contains { items[$0].first == kept.first && items[$0].last == kept.last } }
                out.append(TextItem(.kind(kind), item.first, item.last))
            }
            out.append(item)
        }
        return out
    }

    /// The kind of the light before a count at `index` that follows another count across a pause, when the
    /// count's own clause names no kind.
    private func burstKind(_ items: [TextItem], at index: Int) -> (EventKind, [Int])? {
        var probe = index - 1
        var separated = false
        var said: [Int] = []
        walk: while probe >= 0 {
            switch items[probe].meaning {
            case .order(let order) where order == .then || order == .comma:
                separated = true
            case .duration, .speed:
                said.append(probe)
            default:
                break walk
            }
            probe -= 1
        }
        guard separated, probe >= 0, case .count = items[probe].meaning,
            (items[probe].last + 1..<items[index].first).contains(where: { Self.pauseWords.contains(word($0)) }),
            !clauseHasKind(items, after: index)
        else { return nil }
        // A count with no kind said is a count of blinks ("goes red x3").
        for earlier in items[..<probe].reversed() {
            if case .order(.sentence) = earlier.meaning { break }
            if case .kind(let kind) = earlier.meaning, kind != .off { return (kind, said) }
        }
        return (.blink, said)
    }

    /// Whether the clause of the count at `index` names a kind after it ("twice, blinking").
    private func clauseHasKind(_ items: [TextItem], after index: Int) -> Bool {
        for item in items[(index + 1)...] {
            switch item.meaning {
            case .order: return false
            case .kind: return true
            default: continue
            }
        }
        return false
    }
}
