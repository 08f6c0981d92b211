import LEDVocabulary

/// In a text that names no light at all, an end or an "on" is not the light's: "Live view session ended after
/// like 30 seconds", "the timeline bar is gone", "I could not find it on the website". Those words are dropped,
/// so they read as no dark light; a text that says the light is dark in words of its own ("nothing", "no lite",
/// "zero response") keeps them.
///
/// Runs before ``ResolvePass`` (which would read "not … on" as dark).
struct NoLightNamedPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String
    /// How many tokens the text has.
    let tokenCount: Int

    /// Nouns that name a light: a text with one of them, outside words that are ignored, names a light.
    static let lightNouns: Set<String> = [
        "light", "lights", "led", "leds", "lite", "lites", "ring", "lamp", "indicator", "glow", "glowing", "dot",
        "flicker", "lit",
    ]

    func run(_ items: [TextItem]) -> [TextItem] {
        guard !items.contains(where: { Self.tellsLight($0.meaning) }) else { return items }
        var ignored = Set<Int>()
        for item in items {
            if case .ignored = item.meaning { ignored.formUnion(item.first...item.last) }
        }
        guard !(0..<tokenCount).contains(where: { !ignored.contains($0) && Self.lightNouns.contains(word($0)) })
        else { return items }
        return items.filter {
            switch $0.meaning {
            case .endOfLight, .looseOn: return false
            default: return true
            }
        }
    }

    /// Whether a meaning tells something about a light.
    private static func tellsLight(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .color, .kind, .lit, .dark, .stuckOn, .count, .bareCount, .speed, .period, .pulseTiming, .recordingLight,
            .pairingMode, .constant, .negatedBlink, .repeated, .absent, .alternation, .joinsLight, .flag:
            return true
        default:
            return false
        }
    }
}
