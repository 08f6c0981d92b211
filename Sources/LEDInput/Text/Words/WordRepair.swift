import LEDVocabulary

/// A word of the input read as another: a misspelling with exactly one close domain word
/// ("flashng" → "flashing"), a word with letters held down ("sloooowly" → "slowly"), an "-ing" word
/// without its g ("scannin" → "scanning"), or a chat spelling of a small word ("wen" → "when").
public struct WordRepair: Sendable, Hashable, Codable {
    /// The word as typed.
    public var typed: String
    /// The word it was read as.
    public var readAs: String
    /// Its character offsets in the input.
    public var start: Int
    public var end: Int

    /// Creates a repair.
    public init(typed: String, readAs: String, start: Int, end: Int) {
        self.typed = typed
        self.readAs = readAs
        self.start = start
        self.end = end
    }

    /// The note shown to the person: `read "flashng" as "flashing"`.
    public var note: String { "read \"\(typed)\" as \"\(readAs)\"" }
}

/// Repairs unknown words before the words are read: a word with a run of equal letters
/// is read without the run when that gives a known word, and one ending "-in" as its "-ing" word when that is
/// known ("scannin the qr", "holdin"); an unknown word with exactly one nearest
/// colour, kind or count word (``SpellingSuggester``) is read as that word, and so is one whose nearest
/// words all mean the same ("blinkd": blink, blinks, blinked). A word whose nearest words mean different
/// things ("onec": once, one) is left alone, and the lexer reports it with its suggestions. A chat spelling of
/// a small word ("wen i walk past", "hold da button") or an installer's shorthand ("flshg", "sld") is read as that
/// word, which the phrases are made of. An
/// unknown possessive of a known word ("every clip's blue light") is that word.
struct WordRepairPass {
    let lexicon: PhraseLexicon
    var words: WordTable { lexicon.words }

    func run(_ tokens: inout [TextToken], bytes: [UInt8]) -> [(token: Int, readAs: String)] {
        var repairs: [(token: Int, readAs: String)] = []
        for index in tokens.indices {
            guard case .word(let id, let ascii) = tokens[index].kind, id < 0, ascii else { continue }
            var lower = Array(bytes[tokens[index].start..<tokens[index].end])
            for position in lower.indices
            where lower[position] >= UInt8(ascii: "A") && lower[position] <= UInt8(ascii: "Z") {
                lower[position] |= 0x20
            }
            // "after every clip's blue light": an unknown possessive is its word, read
            // silently (nothing was misspelt)
            if WordTable.isPossessive(lower),
                let id = words.id(of: lower.dropLast(2))
            {
                tokens[index].kind = .word(id: id, ascii: true)
                continue
            }
            guard lower.count <= 24, !lower.contains(UInt8(ascii: "'")) else { continue }
            if let (word, newID) = chatSpelling(lower) ?? squeezed(lower) ?? droppedG(lower) ?? nearest(lower) {
                tokens[index].kind = .word(id: newID, ascii: true)
                repairs.append((index, word))
            }
        }
        // Sound-alikes are known words, read as the colour or number only beside the light: a second walk, so
        // that "flashng read" first repairs "flashng".
        func word(_ index: Int) -> String {
            guard let id = tokens[index].wordID else { return "" }
            return String(decoding: words.words[Int(id)], as: UTF8.self)
        }
        // Only words as long as a sound-alike are looked up: no string is made for every word of the text.
        for index in tokens.indices
        where tokens[index].wordID.map({ Self.soundAlikeLengths.contains(words.words[Int($0)].count) }) == true {
            if let (readAs, id) = soundAlike(at: index, in: tokens, word: word) {
                tokens[index].kind = .word(id: id, ascii: true)
                repairs.append((index, readAs))
            }
        }
        return repairs
    }

    /// The word with runs of two or more equal letters cut to one, then to two, if that is known
    /// ("sloooowly", "sloowly" are "slowly").
    private func squeezed(_ word: [UInt8]) -> (String, Int32)? {
        for keep in 1...2 {
            var out: [UInt8] = []
            var changed = false
            var position = 0
            while position < word.count {
                var end = position
                while end + 1 < word.count, word[end + 1] == word[position] { end += 1 }
                if end - position + 1 >= 2 {
                    out += repeatElement(word[position], count: keep)
                    changed = true
                } else {
                    out += word[position...end]
                }
                position = end + 1
            }
            guard changed else { return nil }
            if let id = words.id(of: out) {
                return (String(decoding: out, as: UTF8.self), id)
            }
        }
        return nil
    }

    /// Chat spellings of small words, each with the word it stands for. Single letters ("r", "n", "u") are
    /// not among them: a technician's "R" is red.
    static let chatSpellings: [String: String] = [
        "da": "the", "teh": "the", "wen": "when", "wenever": "whenever", "dat": "that", "dis": "this",
        "thru": "through", "tho": "though", "til": "till", "cuz": "because", "coz": "because", "bc": "because",
        "becuz": "because", "wat": "what", "wut": "what", "nite": "night", "ur": "your", "ya": "you",
        "dem": "them", "der": "there", "ther": "there", "b4": "before", "aftr": "after", "evry": "every",
        "plugin": "plugging", "2day": "today", "2nite": "tonight", "2night": "tonight", "l8r": "later",
        "4ever": "forever", "befor": "before", "bfore": "before", "afer": "after", "atfer": "after", "aftre": "after",
        "afta": "after", "pwd": "password", "passwd": "password", "botton": "button", "buton": "button",
        "buttom": "button", "butten": "button",
        // installers' shorthand: "red flshg 100s", "blu sld + grn flshg"
        "flshg": "flashing", "flshng": "flashing", "flsh": "flash", "flshs": "flashes", "blnk": "blink",
        "blnkg": "blinking", "blnkng": "blinking", "blnks": "blinks", "sld": "solid", "stdy": "steady",
    ]

    /// The chat spellings that glue letters and digits, which the tokenizer keeps whole.
    static let gluedChatSpellings: Set<[UInt8]> = Set(
        chatSpellings.keys.filter { $0.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
            .map { Array($0.utf8) })

    /// The word a chat spelling stands for, when that word is known.
    private func chatSpelling(_ word: [UInt8]) -> (String, Int32)? {
        guard let full = Self.chatSpellings[String(decoding: word, as: UTF8.self)] else { return nil }
        return words.id(of: full).map { (full, $0) }
    }

    /// The "-ing" word typed without its g ("scannin", "holdin", "goin"), when that word is known.
    private func droppedG(_ word: [UInt8]) -> (String, Int32)? {
        guard word.count >= 4, word.suffix(2) == [UInt8(ascii: "i"), UInt8(ascii: "n")] else { return nil }
        let full = word + [UInt8(ascii: "g")]
        return words.id(of: full).map { (String(decoding: full, as: UTF8.self), $0) }
    }

    /// The nearest domain word, when there is one, or when all the nearest mean the same.
    private func nearest(_ word: [UInt8]) -> (String, Int32)? {
        let candidates = SpellingSuggester.suggestions(for: word[...]).compactMap { target -> (String, Int32)? in
            words.id(of: target).map { (target, $0) }
        }
        guard let first = candidates.first else { return nil }
        let meaning = lexicon.meaning(ofWord: first.1)
        guard candidates.allSatisfy({ lexicon.meaning(ofWord: $0.1) == meaning }) else { return nil }
        return first
    }
}
