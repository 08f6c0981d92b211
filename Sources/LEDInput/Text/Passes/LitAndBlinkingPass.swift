/// Reads a light that comes on "and" blinks as one blinking light: "the doorbell lights up blue and blinks", "the
/// blue light comes on and flashes a few times" — not a steady light, then a blink. A blink with a colour of its own
/// ("lights up blue and blinks red") and a light that stays on ("comes on and stays on") read as before.
///
/// Runs before ``ResolvePass``.
struct LitAndBlinkingPass {
    /// How many items before "and" the light-on word may stand ("the blue light comes on and …").
    static let reach = 3

    func run(_ items: [TextItem]) -> [TextItem] {
        var dropped: Set<Int> = []
        for index in items.indices where items[index].meaning == .together {
            guard index + 1 < items.count, items[index + 1].meaning == .kind(.blink),
                !Self.blinkNamesColor(items, from: index + 2), let lit = Self.litWord(items, before: index)
            else { continue }
            dropped.insert(lit)
            dropped.insert(index)
        }
        guard !dropped.isEmpty else { return items }
        return items.indices.compactMap { dropped.contains($0) ? nil : items[$0] }
    }

    /// The index of the light-on word of the light right before "and" at `index`: only its colour and subject
    /// may stand between them.
    private static func litWord(_ items: [TextItem], before index: Int) -> Int? {
        var probe = index - 1
        while probe >= max(0, index - reach) {
            switch items[probe].meaning {
            case .lit: return probe
            case .color, .subject: probe -= 1
            default: return nil
            }
        }
        return nil
    }

    /// Whether the blink's own words, from `start` to the next separator, name a colour ("and blinks red").
    private static func blinkNamesColor(_ items: [TextItem], from start: Int) -> Bool {
        var probe = start
        while probe < items.count {
            switch items[probe].meaning {
            case .color, .alternation: return true
            case .order, .together: return false
            default: probe += 1
            }
        }
        return false
    }
}
