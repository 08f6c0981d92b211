import LEDCore
import LEDVocabulary

/// An instruction quoted from the app, a setup screen or the manual — `App: "Press and hold the reset button
/// until the light blinks red"`, `Setup screen: 'Wait for the light to blink blue'` — tells what the light
/// should do, not what it does: the lights inside the quote are dropped. What the instruction has someone do
/// (hold the reset button, put the batteries in) stays, since the owner quotes the step they followed. A
/// quote is an instruction when its first word (after "please") is an imperative verb; a quoted report
/// ("Customer reports solid green") or app status ("Camera offline") is read as before, and so is an
/// instruction the owner says their light matches ("Mine is exactly that").
///
/// Runs right after the numbers are read, before any pass reads the lights.
struct QuotedInstructionPass {
    /// The token ranges inside instruction quotes, in text order.
    let spans: [ClosedRange<Int>]

    /// Verbs that open an instruction.
    static let imperatives: Set<String> = [
        "press", "hold", "wait", "make", "tap", "scan", "plug", "unplug", "insert", "check", "look", "keep",
        "release", "push", "remove", "put", "open", "add", "connect", "follow", "select", "choose", "enter",
        "turn", "reset", "place", "move", "ensure", "confirm", "locate", "find", "use", "try", "watch", "let",
    ]

    /// Quotation marks that open a quote, each with the one that closes it.
    private static let pairs: [(open: [UInt8], close: [UInt8])] = [
        (Array("\"".utf8), Array("\"".utf8)), (Array("'".utf8), Array("'".utf8)),
        (Array("\u{201C}".utf8), Array("\u{201D}".utf8)), (Array("\u{2018}".utf8), Array("\u{2019}".utf8)),
        (Array("\u{00AB}".utf8), Array("\u{00BB}".utf8)),
    ]

    init(tokens: [TextToken], bytes: [UInt8], word: (Int) -> String) {
        var spans: [ClosedRange<Int>] = []
        var index = 0
        while index < bytes.count {
            guard let pair = Self.pairs.first(where: { Self.has($0.open, in: bytes, at: index) }),
                Self.opens(bytes, at: index, width: pair.open.count),
                let close = Self.closing(pair.close, in: bytes, from: index + pair.open.count)
            else {
                index += 1
                continue
            }
            let inside = tokens.indices.filter { tokens[$0].start > index && tokens[$0].end <= close }
            if let first = inside.first, let last = inside.last {
                let opening = word(first) == "please" ? word(first + 1) : word(first)
                if Self.imperatives.contains(opening) { spans.append(first...last) }
            }
            index = close + pair.close.count
        }
        self.spans = spans
    }

    func run(_ items: [TextItem]) -> [TextItem] {
        guard !spans.isEmpty else { return items }
        // "Mine is exactly that": the owner's light is the one the instruction describes, when told no further.
        let confirmed = items.firstIndex(where: { $0.meaning == .confirmsExpectation }).map { index in
            !items[(index + 1)...].contains(where: \.meaning.isColor)
        }
        let instructions = confirmed == true ? [] : spans
        return items.filter { item in
            guard instructions.contains(where: { $0.contains(item.first) && $0.contains(item.last) }) else {
                return true
            }
            return Self.kept(item.meaning)
        }
    }

    /// Whether an item in an instruction stays: a situation (``ResolvePass/isSituation(_:)``) or something else
    /// someone is told to do, the device, a sentence's end.
    private static func kept(_ meaning: TextMeaning) -> Bool {
        if ResolvePass.isSituation(meaning) { return true }
        switch meaning {
        case .otherSituation, .release, .device, .order(.sentence): return true
        default: return false
        }
    }

    private static func has(_ mark: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        index + mark.count <= bytes.count && bytes[index..<(index + mark.count)].elementsEqual(mark)
    }

    /// Whether the mark at `index` opens a quote: at the start or after a space, colon or bracket, and
    /// followed by a letter.
    private static func opens(_ bytes: [UInt8], at index: Int, width: Int) -> Bool {
        let before = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
        guard [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: "\t")].contains(before),
            index + width < bytes.count
        else { return false }
        let next = bytes[index + width] | 0x20
        return next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")
    }

    /// The index of the mark that closes a quote opened before `start`: one that follows a non-space and
    /// is not followed by a letter (an apostrophe inside "it's" closes nothing).
    private static func closing(_ mark: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + mark.count <= bytes.count {
            if has(mark, in: bytes, at: index), index > start, bytes[index - 1] != UInt8(ascii: " ") {
                let after = index + mark.count < bytes.count ? bytes[index + mark.count] | 0x20 : UInt8(ascii: " ")
                if !(after >= UInt8(ascii: "a") && after <= UInt8(ascii: "z")) { return index }
            }
            index += 1
        }
        return nil
    }
}
