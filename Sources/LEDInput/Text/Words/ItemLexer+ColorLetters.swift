import LEDCore
import LEDVocabulary

/// A technician's shorthand for the LED's colours: a capital R, G or B ("R blink cont.", "solid R",
/// "R x5", "R fast blink", "LED alt R/B", "G + B lit", "No B/G"). A capital letter is a colour only beside a
/// word about the light (before it — a speed only with a kind after it —, or a kind or "no" just before it); a
/// chain joined by "/", "+", "&" or "and" reads as one ("R/B flashes", "R and B flashing"). "unit B", "plan B",
/// "802.11 B/G/N" and shouted text ("LIGHTS R BLINKING") stay words.
extension ItemLexer {
    /// The colour the capital letter at `index` stands for, when it stands for one there; `items` are those
    /// read before it.
    func letterColor(_ tokens: [TextToken], _ bytes: [UInt8], at index: Int, after items: [TextItem]) -> LEDColor? {
        guard let color = Self.colorOfLetter(tokens, bytes, at: index) else { return nil }
        // The chain of colours joined by "/", "+" or "&" around the letter.
        var first = index
        var last = index
        while first >= 2, joins(tokens[first - 1]), isColor(tokens, bytes, at: first - 2) { first -= 2 }
        while last + 2 < tokens.count, joins(tokens[last + 1]), isColor(tokens, bytes, at: last + 2) {
            last += 2
        }
        // "B/G/N" (a Wi-Fi standard): another letter joined on is no colour.
        if first >= 2, joins(tokens[first - 1]), Self.isLetter(tokens, bytes, at: first - 2) { return nil }
        if last + 2 < tokens.count, joins(tokens[last + 1]), Self.isLetter(tokens, bytes, at: last + 2) {
            return nil
        }
        // A later letter of a chain whose first colour was read: "R/B" after "alt".
        if first < index, items.contains(where: { $0.last == index - 2 && $0.meaning.isColor }) { return color }
        if Self.isShouted(tokens, bytes, before: first), Self.isShouted(tokens, bytes, after: last) { return nil }
        if last + 1 < tokens.count, tokens[last + 1].gap != .broken, saysLight(tokens, at: last + 1) { return color }
        if let previous = items.last, previous.last == first - 1, tokens[first].gap != .broken,
            Self.leadsToColor(previous.meaning)
        {
            return color
        }
        return nil
    }

    /// The colour of a capital R, G or B standing alone as a word.
    private static func colorOfLetter(_ tokens: [TextToken], _ bytes: [UInt8], at index: Int) -> LEDColor? {
        let token = tokens[index]
        guard token.isWord, token.end - token.start == 1 else { return nil }
        switch bytes[token.start] {
        case UInt8(ascii: "R"): return .red
        case UInt8(ascii: "G"): return .green
        case UInt8(ascii: "B"): return .blue
        default: return nil
        }
    }

    /// Whether the token at `index` is a colour: a capital letter or a colour word.
    private func isColor(_ tokens: [TextToken], _ bytes: [UInt8], at index: Int) -> Bool {
        if Self.colorOfLetter(tokens, bytes, at: index) != nil { return true }
        guard let id = tokens[index].wordID, case .color = lexicon.meaning(ofWord: id) else { return false }
        return true
    }

    /// Whether the token at `index` is a one-letter word.
    private static func isLetter(_ tokens: [TextToken], _ bytes: [UInt8], at index: Int) -> Bool {
        tokens[index].isWord && tokens[index].end - tokens[index].start == 1
    }

    /// Whether the token joins colours: "/", "+", "&", "and", "or".
    private func joins(_ token: TextToken) -> Bool {
        switch token.kind {
        case .symbol(.ampersand), .symbol(.plus): return token.gap != .broken
        case .word(let id, _) where id >= 0:
            switch lexicon.meaning(ofWord: id) {
            case .together?, .rangeJoin?: return token.gap != .broken
            default: return false
            }
        default: return false
        }
    }

    /// Whether the word just before `index` (or after it) is a capitalised word of two letters or more.
    private static func isShouted(_ tokens: [TextToken], _ bytes: [UInt8], before index: Int) -> Bool {
        index > 0 && isCapitalised(tokens[index - 1], bytes)
    }

    private static func isShouted(_ tokens: [TextToken], _ bytes: [UInt8], after index: Int) -> Bool {
        index + 1 < tokens.count && isCapitalised(tokens[index + 1], bytes)
    }

    private static func isCapitalised(_ token: TextToken, _ bytes: [UInt8]) -> Bool {
        guard token.isWord, token.end - token.start > 1 else { return false }
        return bytes[token.start..<token.end].allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// Whether the phrase at `index` says what a light does: a kind ("blink", "solid", "lit"), or a count
    /// marker ("x5", "×3").
    private func saysLight(_ tokens: [TextToken], at index: Int) -> Bool {
        if case .symbol(.times) = tokens[index].kind { return true }
        guard let match = lexicon.longestMatch(in: tokens, from: index) else { return false }
        switch match.meaning {
        case .kind, .lit, .looseOn, .constant, .stuckOn, .timesMarker, .continuous: return true
        // "R fast blink", "B slow flash": a speed, then a kind
        case .speed where match.last + 1 < tokens.count && tokens[match.last + 1].gap != .broken:
            guard let kind = lexicon.longestMatch(in: tokens, from: match.last + 1), case .kind = kind.meaning else {
                return false
            }
            return true
        default: return false
        }
    }

    /// Whether a meaning just before a capital letter makes it a colour: a kind ("solid R") or a
    /// negation ("No R after").
    private static func leadsToColor(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind, .lit, .constant, .stuckOn, .negation: return true
        default: return false
        }
    }
}
