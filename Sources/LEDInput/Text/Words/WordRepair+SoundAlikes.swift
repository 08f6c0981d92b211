import LEDVocabulary

extension WordRepairPass {
    /// Words that sound like a colour or a count, as speech-to-text writes them, with the word they stand for:
    /// "flashing read", "the read light", "blinks blew", "blinks for times".
    static let soundAlikes: [String: String] = [
        "read": "red", "reed": "red", "rad": "red", "blew": "blue",
    ]

    /// Words that sound like a number before "times": "for times", "to times".
    static let soundAlikeCounts: [String: String] = ["for": "four", "fore": "four", "to": "two", "too": "two"]

    /// How many bytes a sound-alike has, from the shortest to the longest.
    static let soundAlikeLengths: ClosedRange<Int> = {
        let lengths = (Array(soundAlikes.keys) + Array(soundAlikeCounts.keys)).map(\.utf8.count)
        return (lengths.min() ?? 0)...(lengths.max() ?? 0)
    }()

    /// Nouns of the light a colour is said right before ("the read light", "one little read flash").
    static let lightNouns: Set<String> = [
        "light", "lights", "led", "leds", "lamp", "flash", "flashes", "blink", "blinks", "blinking", "flashing",
        "glow", "ring",
    ]

    /// Words after which "read" is the verb ("I read light means …", "have read").
    static let readersBefore: Set<String> = [
        "i", "you", "we", "they", "he", "she", "have", "has", "had", "just", "also", "already", "to", "can",
        "could", "not", "never", "please", "ive", "i've", "who", "then",
    ]

    /// A known word that sounds like a colour, read as that colour when it sits beside what the light does
    /// ("flashing read", "solid read", "blinks blew") or right before the light ("the read light"); a word that
    /// sounds like a number, read as it before "times" ("blinks blew for times"). `word(_:)` gives a token's
    /// lower-case word, empty for a number or a symbol.
    func soundAlike(at index: Int, in tokens: [TextToken], word: (Int) -> String) -> (String, Int32)? {
        let typed = word(index)
        guard Self.soundAlikes[typed] != nil || Self.soundAlikeCounts[typed] != nil else { return nil }
        let before = index > 0 && tokens[index].gap != .broken ? word(index - 1) : ""
        let after = index + 1 < tokens.count && tokens[index + 1].gap != .broken ? word(index + 1) : ""
        if let count = Self.soundAlikeCounts[typed] {
            guard after == "times", index == 0 || tokens[index - 1].isWord else { return nil }
            return words.id(of: count).map { (count, $0) }
        }
        guard let color = Self.soundAlikes[typed] else { return nil }
        if !before.isEmpty, describesLight(before) { return words.id(of: color).map { (color, $0) } }
        if Self.lightNouns.contains(after) || describesLight(after), !Self.readersBefore.contains(before) {
            return words.id(of: color).map { (color, $0) }
        }
        return nil
    }

    /// Whether the word says what a light does: solid, blinking, lit, stuck on.
    private func describesLight(_ word: String) -> Bool {
        guard let id = words.id(of: word), let meaning = lexicon.meaning(ofWord: id) else { return false }
        switch meaning {
        case .kind, .lit, .stuckOn, .constant: return true
        default: return false
        }
    }
}
