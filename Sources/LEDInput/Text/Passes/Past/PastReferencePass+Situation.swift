import LEDCore

/// A state told, then a situation that changed it, then what the light does now: "The Mini 2 was solid blue
/// after the reset; after a cold boot it now blinks blue slowly", "The XR was solid red all morning; after I
/// factory reset it, it's now blinking blue". The light before the clause that opens with "after" and the
/// situation is what the light used to do, when a "now" in that sentence says what it does since.
extension PastReferencePass {
    /// Situations that change what a light does and so end what it did before (a reset, a power cycle, new
    /// batteries, a network change, setup); motion, recording or a button held happen within one episode.
    static let changingSituations: Set<ObservationContext> = [
        .afterReset, .powerCycle, .newBatteries, .networkChange, .setup, .internetRestored,
    ]

    /// `items` with a "used to" before the first light when a later clause opens with "after" and a
    /// changing situation and goes on to "now" and a light; unchanged when a past is already told or the
    /// reset button is held (holding, then letting go, is one story).
    func markingStateBeforeSituation(_ items: [TextItem]) -> [TextItem] {
        var firstLight: Int?
        for (index, item) in items.enumerated() {
            switch item.meaning {
            case .pastMarker, .release, .context(.holdingReset): return items
            default: break
            }
            if firstLight == nil, item.meaning.describesLight { firstLight = index }
        }
        guard let firstLight else { return items }
        for index in items.indices where index > firstLight && opensWithAfterSituation(items, at: index) {
            guard presentFollows(items, after: index) else { continue }
            var out = items
            let light = items[firstLight]
            out.insert(TextItem(.pastMarker, light.first, light.first), at: firstLight)
            return out
        }
        return items
    }

    /// Whether the item at `index` opens a clause with "after" and a situation that changes the light
    /// ("; after a cold boot", ", after I factory reset it").
    private func opensWithAfterSituation(_ items: [TextItem], at index: Int) -> Bool {
        let item = items[index]
        guard word(item.first) == "after", item.first > 0, isSymbol(item.first - 1) else { return false }
        var situation = item
        if case .order(.after) = item.meaning, index + 1 < items.count { situation = items[index + 1] }
        guard case .context(let context) = situation.meaning else { return false }
        return Self.changingSituations.contains(context)
    }

    /// Whether a "now" follows in the sentence of item `index`, before a light that it says the light does.
    private func presentFollows(_ items: [TextItem], after index: Int) -> Bool {
        var now = false
        for item in items[(index + 1)...] {
            switch item.meaning {
            case .order(.sentence): return false
            case .presentMarker where word(item.first) == "now" || word(item.last) == "now": now = true
            case let meaning where meaning.describesLight: return now
            default: break
            }
        }
        return false
    }
}
