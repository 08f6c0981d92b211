import LEDVocabulary

/// Turns tokens into recognised items: device names (longest alias), phrases of the lexicon
/// (longest phrase), numbers and meaningful punctuation. Filler words are dropped; an unknown word
/// that looks like a misspelt colour, kind or count word is an error.
struct ItemLexer {
    let lexicon: PhraseLexicon
    let devices: DeviceAliasTable

    /// Model names are at most this many tokens long.
    private static let longestDeviceName = 8

    func items(of tokens: [TextToken], bytes: [UInt8]) throws(TextProblem) -> [TextItem] {
        try TextItem.scan(tokens.count) { (index, items) throws(TextProblem) -> Int in
            let token = tokens[index]
            switch token.kind {
            case .symbol(.plus) where index > 0 && token.gap == .glued && tokens[index - 1].isNumber:
                return index + 1  // "20+ minutes": at least that many
            case .symbol(let symbol):
                items.append(TextItem(Self.meaning(of: symbol), index, index))
                return index + 1
            case .number(let number):
                if let match = deviceMatch(tokens, bytes, from: index) {
                    items.append(TextItem(.device(match.device), index, match.last))
                    return match.last + 1
                }
                items.append(TextItem(.number(number, word: false), index, index))
                return index + 1
            case .word(let id, let ascii):
                var device = deviceMatch(tokens, bytes, from: index)
                if id == lexicon.blinkID, index + 1 < tokens.count, tokens[index + 1].gap != .broken,
                    let branded = deviceMatch(tokens, bytes, from: index + 1), branded.last > (device?.last ?? -1)
                {
                    device = branded
                }
                let phrase = id >= 0 ? situationOrPhrase(tokens, bytes, from: index) : nil
                if let device, device.last >= (phrase?.last ?? -1) {
                    items.append(TextItem(.device(device.device), index, device.last))
                    return device.last + 1
                }
                if id == lexicon.blinkID, isBrand(tokens, bytes, at: index) {
                    return index + 1
                }
                if phrase == nil, let color = letterColor(tokens, bytes, at: index, after: items) {
                    items.append(TextItem(.color(color), index, index))  // "R blink", "LED alt R/B"
                    return index + 1
                }
                if let phrase, id == lexicon.theID || lexicon.isPossessive(id), index + 1 < tokens.count,
                    let later = situationOrPhrase(tokens, bytes, from: index + 1), later.last > phrase.last,
                    case .context = later.meaning
                {
                    // "the app says Connecting to Wi-Fi": the situation's longer phrase past the article wins
                    // over "the app says"
                    return index + 1
                }
                if let phrase {
                    items.append(TextItem(resolve(phrase.meaning, tokens, after: phrase.last), index, phrase.last))
                    if let named = phrase.device, let device = deviceMatch(tokens, bytes, from: named.lowerBound) {
                        // "pulled the XR's plug": the situation, and the device named inside it.
                        items.append(TextItem(.device(device.device), named.lowerBound, named.upperBound))
                    } else if Self.mayNameDevice(phrase.meaning), phrase.last > index,
                        let inside = (index + 1...phrase.last).lazy.compactMap({
                            start in deviceMatch(tokens, bytes, from: start).map { (start, $0) }
                        }).first
                    {
                        // "the app is on the Add Sync Module 2 screen": a phrase that names a device names it (not
                        // "we have a sync module": a camera's hub, not the device described).
                        items.append(TextItem(.device(inside.1.device), inside.0, inside.1.last))
                        return max(phrase.last, inside.1.last) + 1
                    }
                    return phrase.last + 1
                }
                if id < 0, ascii { try checkSpelling(tokens[index], at: index, bytes) }
                return index + 1
            }
        }
    }

    /// The longest phrase at `start`; a situation's phrase may hold a device name ("after I reset the
    /// Sync Module 2", "pulled the XR's plug"), no other phrase does.
    private func situationOrPhrase(
        _ tokens: [TextToken], _ bytes: [UInt8], from start: Int
    ) -> (last: Int, meaning: TextMeaning, device: ClosedRange<Int>?)? {
        let phrase = lexicon.longestMatch(in: tokens, from: start) { deviceMatch(tokens, bytes, from: $0)?.last }
        guard let phrase, phrase.device != nil else { return phrase }
        if case .context = phrase.meaning { return phrase }
        return lexicon.longestMatch(in: tokens, from: start)
    }

    /// Whether a phrase with that meaning names the device a device name inside it names: a situation ("the app is
    /// on the Add Sync Module 2 screen"; not "we have a sync module"), a press of the doorbell's button.
    private static func mayNameDevice(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .context(let context): return context != .hasSyncModule
        case .buttonPress: return true
        default: return false
        }
    }

    /// The meaning of a punctuation mark.
    private static func meaning(of symbol: TextSymbol) -> TextMeaning {
        switch symbol {
        case .comma: return .order(.comma)
        case .sentenceEnd: return .order(.sentence)
        case .arrow: return .order(.then)
        case .times: return .timesMarker
        case .dash: return .rangeJoin
        case .plus, .ampersand: return .together
        }
    }

    /// Meanings that depend on the next token: "once it …" is "when".
    private func resolve(_ meaning: TextMeaning, _ tokens: [TextToken], after last: Int) -> TextMeaning {
        if case .once = meaning, last + 1 < tokens.count, let next = tokens[last + 1].wordID, lexicon.startsClause(next)
        {
            return .order(.when)
        }
        return meaning
    }

    /// Whether "blink" at `index` is the brand: before a product word ("Blink camera"), after a
    /// possessive ("my Blink"), or capitalised after "the" ("the Blink is solid blue").
    /// A capital alone is not enough: titles capitalise every word ("Solid Blue, No Blink").
    private func isBrand(_ tokens: [TextToken], _ bytes: [UInt8], at index: Int) -> Bool {
        if index + 1 < tokens.count, let next = tokens[index + 1].wordID, lexicon.isBrandNoun(next) { return true }
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        guard let id = previous.wordID else { return false }
        if lexicon.isPossessive(id) { return true }
        return id == lexicon.theID && bytes[tokens[index].start] == UInt8(ascii: "B")
    }

    /// The longest device alias starting at token `start`, read across glued and spaced tokens.
    private func deviceMatch(_ tokens: [TextToken], _ bytes: [UInt8], from start: Int) -> (last: Int, device: String)? {
        guard !devices.isEmpty else { return nil }
        var node: Int32 = 0
        var best: (last: Int, device: String)?
        var index = start
        tokens: while index < tokens.count, index - start < Self.longestDeviceName {
            let token = tokens[index]
            if index > start, token.gap == .broken { break }
            switch token.kind {
            case .word(_, let ascii):
                guard ascii else { break tokens }
                for byte in bytes[token.start..<token.end] {
                    if byte == UInt8(ascii: "'") { break }  // "the XR's plug": the name before the possessive
                    guard let normal = DeviceAliasTable.normalizedByte(byte) else { continue }
                    guard let next = devices.child(of: node, byte: normal) else { return best }
                    node = next
                }
            case .number:
                for byte in bytes[token.start..<token.end] where NumberLiteral.digitValue(byte) != nil {
                    guard let next = devices.child(of: node, byte: byte) else { return best }
                    node = next
                }
            case .symbol(.plus):
                for byte in "plus".utf8 {
                    guard let next = devices.child(of: node, byte: byte) else { return best }
                    node = next
                }
            case .symbol:
                break tokens
            }
            if let device = devices.device(at: node), !(token.isNumber && countsFollow(tokens, after: index)) {
                // "the XT2's batteries", "the Mini 2's plug": the possessive after a number is part of the name
                best = (token.isNumber && isPossessiveS(tokens, bytes, after: index) ? index + 1 : index, device)
            }
            index += 1
        }
        return best
    }

    /// Whether the token after `index` is the "s" of a possessive written right after it ("2's").
    private func isPossessiveS(_ tokens: [TextToken], _ bytes: [UInt8], after index: Int) -> Bool {
        guard index + 1 < tokens.count, case .word = tokens[index + 1].kind else { return false }
        let next = tokens[index + 1]
        guard next.end - next.start == 1, bytes[next.start] | 0x20 == UInt8(ascii: "s"), next.start >= 1,
            next.start - 1 == tokens[index].end
        else { return false }
        return bytes[next.start - 1] == UInt8(ascii: "'")
    }

    /// Whether a "times" word follows token `index`, so that a number there is a count ("mini 2 times").
    private func countsFollow(_ tokens: [TextToken], after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        if case .symbol(.times) = next.kind { return true }
        guard let id = next.wordID, let match = lexicon.longestMatch(in: tokens, from: index + 1) else {
            return next.wordID == lexicon.xID
        }
        if case .timesMarker = match.meaning { return true }
        return id == lexicon.xID
    }

    /// Throws when an unknown word looks like a misspelt colour, kind or count word.
    private func checkSpelling(_ token: TextToken, at index: Int, _ bytes: [UInt8]) throws(TextProblem) {
        let word = bytes[token.start..<token.end]
        guard word.count <= 24, !word.contains(UInt8(ascii: "'")) else { return }
        var lower = [UInt8](word)
        for position in lower.indices where lower[position] >= UInt8(ascii: "A") && lower[position] <= UInt8(ascii: "Z")
        {
            lower[position] |= 0x20
        }
        let suggestions = SpellingSuggester.suggestions(for: lower[...])
        guard !suggestions.isEmpty else { return }
        throw TextProblem(
            "unknown word \"\(String(decoding: word, as: UTF8.self))\"", tokens: index...index, suggestions: suggestions
        )
    }
}
