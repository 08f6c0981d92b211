import LEDVocabulary

/// Splits typed text into words, numbers and the punctuation the parser cares about, in one pass over
/// the UTF-8 bytes. Letters and digits that touch are split (`x6` → `x` `6`, `XT2` → `xt` `2`) and
/// marked as glued, so model names can be matched across them. ASCII letters are lower-cased while
/// words are hashed; no `String` is made per word.
struct TextTokenizer {
    /// The known words.
    let words: WordTable

    /// Reusable storage for the lower-cased bytes of the word being read.
    private var scratch: [UInt8] = []

    init(words: WordTable) {
        self.words = words
        scratch.reserveCapacity(32)
    }

    /// The tokens of `bytes`.
    mutating func tokenize(_ bytes: [UInt8]) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(bytes.count / 4 + 4)
        var gap = TokenGap.spaced
        var index = 0
        let count = bytes.count

        func emit(_ kind: TextToken.Kind, _ start: Int, _ end: Int) {
            tokens.append(TextToken(kind: kind, start: start, end: end, gap: gap))
            gap = .glued
        }
        func widen(_ to: TokenGap) {
            if to == .broken || gap == .glued { gap = to }
        }
        func previousIsNumber() -> Bool {
            guard let last = tokens.last, last.isNumber else { return false }
            return gap != .broken
        }
        func nextNonSpaceIsDigit(after position: Int) -> Bool {
            var probe = position
            while probe < count, bytes[probe] == UInt8(ascii: " ") { probe += 1 }
            return probe < count && NumberLiteral.digitValue(bytes[probe]) != nil
        }
        func minusStartsNumber(at position: Int, width: Int) -> Bool {
            guard position + width < count, NumberLiteral.digitValue(bytes[position + width]) != nil else {
                return false
            }
            if gap != .glued || tokens.isEmpty { return true }
            guard let last = tokens.last else { return true }
            switch last.kind {
            case .symbol(.times): return true
            case .word(let id, _): return id >= 0 && words.words[Int(id)] == [UInt8(ascii: "x")]
            default: return false
            }
        }
        /// Emits `symbol` over the `width` bytes at `index` and moves past them, with a space after it:
        /// punctuation that separates as a space would.
        func separator(_ symbol: TextSymbol, width: Int) {
            emit(.symbol(symbol), index, index + width)
            gap = .spaced
            index += width
        }
        /// When `>` follows the byte at `index` (`=>`, `->`), emits an arrow over both and returns true.
        func twoByteArrow() -> Bool {
            guard index + 1 < count, bytes[index + 1] == UInt8(ascii: ">") else { return false }
            separator(.arrow, width: 2)
            return true
        }
        func dash(at position: Int, width: Int) {
            if previousIsNumber(), nextNonSpaceIsDigit(after: position + width) {
                emit(.symbol(.dash), position, position + width)
                index = position + width
            } else if gap == .spaced, !tokens.isEmpty, position + width < count,
                bytes[position + width] == UInt8(ascii: " ")
            {
                emit(.symbol(.comma), position, position + width)  // "red flashing - nothing happening": a pause
                gap = .spaced
                index = position + width
            } else if minusStartsNumber(at: position, width: width) {
                let (number, end) = NumberLiteral.scan(bytes, from: position + width)
                emit(.number(number.negated), position, end)
                index = end
            } else {
                widen(.spaced)
                index = position + width
            }
        }

        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if let end = Self.chatSpellingEnd(bytes, from: index) {
                    // "b4", "2day": one word, which WordRepairPass reads as the word it stands for
                    emit(.word(id: -1, ascii: true), index, end)
                    index = end
                    continue
                }
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    let end = readWord(bytes, from: index)
                    emit(.word(id: lookUpScratch(), ascii: scratchIsASCII), index, end)
                    index = end
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let (number, end) = NumberLiteral.scan(bytes, from: index)
                    emit(.number(number), index, end)
                    index = end
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "_"):
                    widen(.spaced)
                    index += 1
                case UInt8(ascii: "\n"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"):
                    if case .symbol(.sentenceEnd)? = tokens.last?.kind, gap != .broken, byte != UInt8(ascii: "\n") {
                        tokens[tokens.count - 1].end = index + 1
                    } else {
                        emit(.symbol(.sentenceEnd), index, index + 1)
                    }
                    gap = .spaced
                    index += 1
                case UInt8(ascii: ","), UInt8(ascii: ":"):
                    separator(.comma, width: 1)
                case UInt8(ascii: ">"):
                    separator(.arrow, width: 1)
                case UInt8(ascii: "="):
                    if !twoByteArrow() {
                        widen(.broken)
                        index += 1
                    }
                case UInt8(ascii: "-"):
                    if !twoByteArrow() { dash(at: index, width: 1) }
                case UInt8(ascii: "+"):
                    emit(.symbol(.plus), index, index + 1)
                    index += 1
                case UInt8(ascii: "/")
                where previousIsNumber() && gap == .glued && index + 1 < count
                    && NumberLiteral.digitValue(bytes[index + 1]) != nil:
                    emit(.symbol(.dash), index, index + 1)  // "5/6 times": five or six
                    index += 1
                case UInt8(ascii: "&"), UInt8(ascii: "/"):
                    separator(.ampersand, width: 1)
                case UInt8(ascii: "'") where Self.opensQuote(bytes, at: index, width: 1),
                    UInt8(ascii: "\"") where Self.opensQuote(bytes, at: index, width: 1):
                    // An opening quote reads on into the app's words: "the app says 'Connecting'".
                    widen(.spaced)
                    index += 1
                case UInt8(ascii: "'") where Self.closesQuote(bytes, at: index),
                    UInt8(ascii: "\"") where Self.closesQuote(bytes, at: index):
                    // A closing quote reads on out of them: "says 'Internet connected' again".
                    widen(.spaced)
                    index += 1
                default:
                    widen(.broken)
                    index += 1
                }
                continue
            }
            let (scalar, width) = Self.decodeScalar(bytes, at: index)
            switch scalar.value {
            case 0x00D7:  // ×
                emit(.symbol(.times), index, index + width)
                index += width
            case 0x2013:  // –
                dash(at: index, width: width)
            case 0x2014:  // —
                separator(.comma, width: width)
            case 0x2192:  // →
                separator(.arrow, width: width)
            case 0x2026:  // …
                separator(.sentenceEnd, width: width)
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x3000:
                widen(.spaced)
                index += width
            case 0x2018 where Self.opensQuote(bytes, at: index, width: width),
                0x201C where Self.opensQuote(bytes, at: index, width: width),
                0x00AB where Self.opensQuote(bytes, at: index, width: width):
                widen(.spaced)  // an opening quotation mark (‘ “ «), as an opening ' or "
                index += width
            default:
                if scalar.properties.isAlphabetic {
                    let end = readWord(bytes, from: index)
                    emit(.word(id: lookUpScratch(), ascii: scratchIsASCII), index, end)
                    index = end
                } else {
                    widen(.broken)
                    index += width
                }
            }
        }
        return tokens
    }

    /// The end of a chat spelling that glues letters and digits ("b4", "2day", "l8r") starting at `start`, when
    /// the whole run of letters and digits there is one; such a run would otherwise be split into a word and a
    /// count ("b" "4", "2" "day").
    private static func chatSpellingEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || NumberLiteral.digitValue(byte) != nil
        }
        guard isAlphanumeric(bytes[start]), start == 0 || !isAlphanumeric(bytes[start - 1]) else { return nil }
        var end = start
        var digits = 0
        while end < bytes.count, isAlphanumeric(bytes[end]) {
            if NumberLiteral.digitValue(bytes[end]) != nil { digits += 1 }
            end += 1
        }
        guard digits > 0, digits < end - start, end - start <= 6 else { return nil }
        let run = bytes[start..<end].map { NumberLiteral.digitValue($0) == nil ? $0 | 0x20 : $0 }
        guard WordRepairPass.gluedChatSpellings.contains(run) else { return nil }
        return end
    }

    /// Whether the word in `scratch` is plain ASCII.
    private var scratchIsASCII = true

    /// Reads a word (letters, with apostrophes between letters) into `scratch`; returns its end.
    private mutating func readWord(_ bytes: [UInt8], from start: Int) -> Int {
        scratch.removeAll(keepingCapacity: true)
        scratchIsASCII = true
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                    scratch.append(byte)
                    index += 1
                } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                    scratch.append(byte | 0x20)
                    index += 1
                } else if byte == UInt8(ascii: "'"), index + 1 < count, Self.startsLetter(bytes, at: index + 1) {
                    scratch.append(byte)
                    index += 1
                } else {
                    break
                }
                continue
            }
            let (scalar, width) = Self.decodeScalar(bytes, at: index)
            if scalar.value == 0x2019 || scalar.value == 0x2018 {
                guard index + width < count, Self.startsLetter(bytes, at: index + width) else { break }
                scratch.append(UInt8(ascii: "'"))
            } else if scalar.value != 0x00D7, scalar.properties.isAlphabetic {
                scratch.append(contentsOf: bytes[index..<(index + width)])
                scratchIsASCII = false
            } else {
                break
            }
            index += width
        }
        return index
    }

    /// The id of the word in `scratch`, or -1.
    private func lookUpScratch() -> Int32 {
        words.id(of: scratch) ?? -1
    }

    /// Whether a letter starts at `index`.
    /// Whether the quotation mark of `width` bytes at `index` opens a quote: a letter follows it.
    private static func opensQuote(_ bytes: [UInt8], at index: Int, width: Int) -> Bool {
        index + width < bytes.count && startsLetter(bytes, at: index + width)
    }

    /// Whether the ASCII quotation mark at `index` closes a quote that the sentence goes on after: a letter or digit
    /// before it, spaces and a word after it ("says 'Internet connected' again").
    private static func closesQuote(_ bytes: [UInt8], at index: Int) -> Bool {
        var next = index + 1
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
        guard index > 0, bytes[index - 1] < 0x80, next > index + 1, next < bytes.count, startsLetter(bytes, at: next)
        else { return false }
        let before = bytes[index - 1] | 0x20
        return before >= UInt8(ascii: "a") && before <= UInt8(ascii: "z")
            || NumberLiteral.digitValue(bytes[index - 1]) != nil
    }

    private static func startsLetter(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }
        let (scalar, _) = decodeScalar(bytes, at: index)
        return scalar.value != 0x00D7 && scalar.properties.isAlphabetic
    }

    /// U+FFFD, for bytes that do not decode.
    private static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Decodes the scalar starting at `index` of valid UTF-8; returns it and its length in bytes.
    static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        var width = 1
        var value = UInt32(lead)
        if lead >= 0xF0 {
            width = 4
            value = UInt32(lead & 0x07)
        } else if lead >= 0xE0 {
            width = 3
            value = UInt32(lead & 0x0F)
        } else if lead >= 0xC0 {
            width = 2
            value = UInt32(lead & 0x1F)
        }
        guard index + width <= bytes.count else { return (Self.replacement, 1) }
        if width > 1 {
            for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        }
        return (Unicode.Scalar(value) ?? Self.replacement, width)
    }
}
