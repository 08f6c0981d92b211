import LEDVocabulary

/// Keeps a time of day said in words ("at noon", "about lunchtime", "now early evening") only in a sentence
/// that tells a light: there it times the light ("the camera flashed red at about lunchtime", "started
/// flashing red when the landlord came in at noon"). Said of a situation alone ("wifi password changed at
/// noon; at 18:00 it's still blinking red"), a rough time is not when the light began: it is dropped — unless
/// it is said as now ("…; it's now evening"), the end of what was told before.
///
/// Runs right after ``NumberPass``, before anything reads times of day.
struct DayTimePass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// The named times, as their words.
    static let names: Set<String> = Set(LexiconEntries.namedTimesOfDay.flatMap(\.names))

    func run(_ items: [TextItem]) -> [TextItem] {
        var keep = [Bool](repeating: true, count: items.count)
        var start = 0
        while start < items.count {
            var end = start
            while end < items.count, !Self.endsSentence(items[end].meaning) { end += 1 }
            let sentence = start..<end
            if !sentence.contains(where: { Self.tellsLight(items[$0].meaning) }) {
                for index in sentence where isNamedTime(items[index]) && !isNow(items[index]) { keep[index] = false }
            }
            start = end + 1
        }
        return items.indices.filter { keep[$0] }.map { items[$0] }
    }

    private func isNamedTime(_ item: TextItem) -> Bool {
        guard case .clockTime = item.meaning else { return false }
        return Self.names.contains((item.first...item.last).map(word).joined(separator: " "))
    }

    /// Whether the time is said as the time now ("it's now early evening", "now it is lunchtime"): when the light
    /// told before is still seen, not when something began.
    private func isNow(_ item: TextItem) -> Bool {
        ((item.first - 2)...item.last).contains { word($0) == "now" }
    }

    private static func endsSentence(_ meaning: TextMeaning) -> Bool {
        if case .order(.sentence) = meaning { return true }
        return false
    }

    private static func tellsLight(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .color, .kind, .recordingLight, .lit, .dark: return true
        default: return false
        }
    }
}
