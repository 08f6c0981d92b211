import LEDVocabulary

/// Tidies the words between clauses: a run such as ", and then" or ", right after" becomes one
/// separator, and "after 10 seconds" (a length, not an event) becomes "lasting 10 seconds, then".
///
/// In a run, "then" (and "before") outrank "after" / "when", which outrank a comma or full stop,
/// which outrank "and": ", right after the blue light goes off" orders by "after", while
/// "then, after reset, …" stays a sequence. A colon or dash after a time of day that opens a line ("17:00: red
/// blinking") joins nothing, and a sentence that opens with "after" and a light gets a clause break before the
/// subject that follows ("after the blue light the Outdoor 4 blinks red six times").
struct SeparatorPass {
    /// The text of a token, as typed ("" for an index outside the text).
    let text: (Int) -> String

    func run(_ items: [TextItem]) -> [TextItem] {
        TextItem.scan(items.count) { index, out in
            let item = items[index]
            guard item.meaning.isJoin else {
                // "after the blue light the camera blinks red six times": a sentence that opens with "after" and a
                // light says when; the clause of the light after it starts at its subject
                // (not "after the blue light on my XT turns off": the light's own end is in its clause)
                if Self.startsClause(item.meaning), Self.opensWithAfterLight(out), index + 1 < items.count,
                    Self.describesLitLight(items[index + 1].meaning)
                {
                    out.append(TextItem(.order(.comma), item.first, item.first))
                }
                out.append(item)
                return index + 1
            }
            // "17:00: red blinking", "5pm - same": a time of day that opens a line, then a colon or a dash, is when
            // what follows was seen — one clause, as "17:00 red blinking" is.
            if item.meaning == .order(.comma), item.first == item.last,
                [":", "-", "\u{2013}"].contains(text(item.first)),
                Self.opensTimedLine(out), index + 1 < items.count,
                !items[index + 1].meaning.isJoin,
                // not the seconds of "13:00:20"
                !text(item.last + 1).allSatisfy(\.isNumber)
            {
                return index + 1
            }
            var merged = item
            var end = index + 1
            var saysAfter = Self.reverses(item.meaning)
            var sentence: TextItem? = Self.endsSentence(item.meaning) ? item : nil
            // A sentence end starts a run of its own: "sorry to bother you. When someone walks up, …" keeps its "when".
            while end < items.count, items[end].meaning.isJoin,
                !Self.endsSentence(items[end].meaning) || Self.endsSentence(merged.meaning)
            {
                saysAfter = saysAfter || Self.reverses(items[end].meaning)
                if Self.endsSentence(items[end].meaning) { sentence = items[end] }
                if Self.rank(items[end].meaning) > Self.rank(merged.meaning) {
                    merged = merged.spanning(items[end], as: items[end].meaning)
                } else {
                    merged = merged.spanning(items[end], as: merged.meaning)
                }
                end += 1
            }
            if saysAfter, end < items.count, Self.isLength(items[end].meaning) {
                // "solid blue, (then) after 10 seconds it blinks red": the length belongs to the blue.
                out.append(items[end])
                out.append(TextItem(.order(.then), merged.first, merged.last))
                return end + 1
            }
            // ". When the recording stops, …": the sentence still ends, so "when" orders only its own sentence.
            if let sentence, Self.reverses(merged.meaning) { out.append(sentence) }
            out.append(merged)
            return end
        }
    }

    /// Whether the items so far are a sentence's opening "after" and a light: "After the blue light", "after the blue
    /// recording light".
    private static func opensWithAfterLight(_ out: [TextItem]) -> Bool {
        var index = out.count - 1
        var lights = 0
        while index >= 0, lights < 2, out[index].meaning.isColor || out[index].meaning == .recordingLight {
            lights += 1
            index -= 1
        }
        guard lights > 0, index >= 0, out[index].meaning == .order(.after) else { return false }
        return index == 0 || endsSentence(out[index - 1].meaning)
    }

    /// Whether a meaning tells a light that is lit: a colour or a kind other than off.
    private static func describesLitLight(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind(.off): return false
        case .color, .kind, .lit, .repeated, .alternation, .constant, .stuckOn: return true
        default: return false
        }
    }

    /// Whether the item is the subject of a clause: the device named, or "it".
    private static func startsClause(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .device, .subject: return true
        default: return false
        }
    }

    /// Whether the items so far end with a time of day, or a span of two ("14:00 - 14:05"), that opens the text, a
    /// sentence or a clause ("Timeline: 14:00: …").
    private static func opensTimedLine(_ out: [TextItem]) -> Bool {
        var index = out.count - 1
        var times = 0
        while index >= 0, times < 2, case .clockTime = out[index].meaning {
            times += 1
            index -= 1
            if index >= 0, times == 1, out[index].meaning == .rangeJoin || out[index].meaning == .to { index -= 1 }
        }
        guard times > 0 else { return false }
        guard index >= 0 else { return true }
        switch out[index].meaning {
        case .order(.sentence), .order(.comma): return true
        default: return false
        }
    }

    private static func endsSentence(_ meaning: TextMeaning) -> Bool {
        if case .order(.sentence) = meaning { return true }
        return false
    }

    private static func rank(_ meaning: TextMeaning) -> Int {
        switch meaning {
        case .order(.then), .order(.before): return 4
        case .order(.after), .order(.when): return 3
        case .order: return 2
        default: return 1
        }
    }

    private static func reverses(_ meaning: TextMeaning) -> Bool {
        if case .order(let order) = meaning { return order.reverses }
        return false
    }

    private static func isLength(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .duration, .exactDuration: return true
        default: return false
        }
    }
}
