import LEDCore
import LEDVocabulary

/// Numbers as people say them: counting aloud ("one, two, three, four, five"), a half after "and" ("two
/// and a half minutes", "one minute and half"), a guess said twice ("maybe five, maybe six") or as two
/// neighbours ("two, three times"), and "a second" that is an ordinal ("a second Outdoor 4", "a second
/// time"), not a length.
extension NumberPass {
    /// Words before a second number that make two numbers a guess between them ("maybe five, maybe six").
    static let guessWords: Set<String> = [
        "maybe", "perhaps", "possibly", "or", "sometimes", "sometime", "occasionally", "probably", "prob", "prolly",
    ]
    /// Words after "a second" that make it an ordinal.
    static let ordinalFollowers: Set<String> = [
        "camera", "cam", "one", "time", "attempt", "try", "unit", "module", "doorbell", "system", "clip",
    ]

    /// Counting aloud at `start`: 1, 2, 3 … n (at least three numbers) separated by commas or "and" is a
    /// count of n. Returns the count and the index after the run.
    func countingAloud(_ items: [TextItem], at start: Int) -> (count: Int, last: Int, next: Int)? {
        var expected = 1
        var index = start
        var last = start
        while index < items.count, let value = Self.smallWhole(items[index].meaning), value == expected {
            last = index
            expected += 1
            index += 1
            guard index < items.count, Self.separatesCounting(items[index].meaning) else { break }
            if index + 1 < items.count, Self.smallWhole(items[index + 1].meaning) == expected { index += 1 }
        }
        guard expected - 1 >= 3 else { return nil }
        return (expected - 1, items[last].last, last + 1)
    }

    /// The half after "and" at `index` ("and a half", "and half"): the last token of "half", or nil.
    func andAHalf(_ items: [TextItem], at index: Int) -> Int? {
        guard index < items.count, case .together = items[index].meaning, items[index].first == items[index].last,
            word(items[index].first) == "and"
        else { return nil }
        let after = items[index].last + 1
        if word(after) == "half" { return after }
        if word(after) == "a", word(after + 1) == "half" { return after + 1 }
        return nil
    }

    /// A second number after a comma that makes `low` a guess between two ("maybe five, maybe six").
    func guessedSecond(_ items: [TextItem], after next: Int) -> Int? {
        guard next + 1 < items.count, case .order(.comma) = items[next].meaning,
            Self.smallWhole(items[next + 1].meaning) != nil,
            Self.guessWords.contains(word(items[next + 1].first - 1))
        else { return nil }
        if next + 2 < items.count, case .unit = items[next + 2].meaning { return nil }
        return next + 1
    }

    /// A second guess after a counted number and a comma ("five times, possibly six", "six times, or maybe
    /// seven", "5 times, maybe 4"): the count before becomes the range between the two. Only a number at most
    /// three away is a second guess; `out` is unchanged otherwise and the result is false.
    func guessAfterCount(_ group: Group, into out: inout [TextItem]) -> Bool {
        guard group.high == nil, let second = group.low.integer, Self.guessWords.contains(word(group.first - 1))
        else { return false }
        var joins = 0  // the comma, and an "or" after it
        while joins < 2, joins < out.count, Self.joinsGuess(out[out.count - 1 - joins].meaning) { joins += 1 }
        guard joins >= 1, joins < out.count, case .count(.exactly(let first)) = out[out.count - 1 - joins].meaning,
            first != second, abs(first - second) <= 3
        else { return false }
        let counted = out[out.count - 1 - joins]
        out.removeLast(joins + 1)
        out.append(TextItem(.count(.between(min(first, second), max(first, second))), counted.first, group.last))
        return true
    }

    /// "a blue blink or two", "a quick red flash or two": one pulse named with "a", then "or two", is one or
    /// two of them (the lexicon knows "a blink or two" without words between). `out` is unchanged otherwise
    /// and the result is false.
    func pulseOrTwo(_ group: Group, into out: inout [TextItem]) -> Bool {
        guard group.high == nil, group.low.integer == 2, out.count >= 2, case .rangeJoin = out[out.count - 1].meaning,
            case .kind(.blink) = out[out.count - 2].meaning
        else { return false }
        var lead = out.count - 3  // the words about the pulse before it: "a quick red flash"
        while lead >= 0, out.count - 2 - lead <= 3, out[lead].meaning.isColor || out[lead].meaning.describesPulse {
            lead -= 1
        }
        let opening = lead + 1 < out.count - 2 ? out[lead + 1].first : out[out.count - 2].first
        guard ["a", "an", "one"].contains(word(opening - 1)) else { return false }
        let join = out.removeLast()
        out.append(TextItem(.count(.between(1, 2)), join.first, group.last))
        return true
    }

    /// A number alone after a correction in its sentence, with no light told between ("Correction: it is six",
    /// "Correction: I counted properly on the next clip and it is six"): the corrected count of the light told
    /// before, which the correction then replaces.
    func countsAfterCorrection(_ group: Group, _ out: [TextItem]) -> Bool {
        guard group.high == nil, !group.low.isClock, let value = group.low.integer, (1...30).contains(value) else {
            return false
        }
        for item in out.reversed() {
            switch item.meaning {
            case .correction: return true
            case .order(.sentence): return false
            case let meaning where meaning.describesLight || meaning.describesPulse: return false
            default: continue
            }
        }
        return false
    }

    /// Whether an item stands between a count and a second guess ("five times, or maybe six").
    private static func joinsGuess(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.comma), .rangeJoin: return true
        default: return false
        }
    }

    /// The next number after the one at `start`, one higher, said right after it or after a comma and followed by
    /// "times" or "x": a guess between two ("two, three times", "three four times", "5, 6 x").
    func neighbourSecond(_ items: [TextItem], at start: Int, after next: Int) -> Int? {
        guard let low = Self.smallWhole(items[start].meaning), low >= 1, low < 20, next < items.count else {
            return nil
        }
        var second = next
        if case .order(.comma) = items[second].meaning { second += 1 }
        guard second + 1 < items.count, Self.smallWhole(items[second].meaning) == low + 1,
            case .timesMarker = items[second + 1].meaning
        else { return nil }
        return second
    }

    /// Whether a "a second" length item is an ordinal: "a second Outdoor 4", "a second camera".
    func isOrdinalSecond(_ items: [TextItem], at index: Int) -> Bool {
        let item = items[index]
        guard item.last == item.first + 1, word(item.first) == "a", word(item.last) == "second" else { return false }
        if index + 1 < items.count, case .device = items[index + 1].meaning, items[index + 1].first == item.last + 1 {
            return true
        }
        return Self.ordinalFollowers.contains(word(item.last + 1))
    }

    /// "a single red light": one light, not one blink (a kind of pulse would follow the colour).
    func namesOneLight(_ count: BlinkCount, _ items: [TextItem], _ index: Int) -> Bool {
        guard count == .exactly(1), index + 1 < items.count, case .color = items[index + 1].meaning else {
            return false
        }
        guard index + 2 < items.count else {
            return ["light", "led", "lamp"].contains(word(items[index + 1].last + 1))
        }
        switch items[index + 2].meaning {
        case .kind(.blink), .kind(.alternating): return false
        default: return ["light", "led", "lamp"].contains(word(items[index + 1].last + 1))
        }
    }

    /// Words before a number that make it a guess: "like 5", "about six".
    static let approximations: Set<String> = [
        "like", "about", "maybe", "around", "roughly", "approx", "probably", "prob",
    ]

    /// Whether a vague count ("a bunch of times", "many times", "a few") comes earlier in this sentence.
    static func guessAfterVagueCount(_ out: [TextItem]) -> Bool {
        for item in out.reversed() {
            switch item.meaning {
            case .order(.sentence): return false
            case .count(.several), .count(.few), .bareCount(.several), .bareCount(.few), .countWord(.several),
                .countWord(.few):
                return true
            default: continue
            }
        }
        return false
    }

    /// Whether the items just read end with a count ("5 times") or a colour said over ("red red red").
    static func countedJustBefore(_ out: [TextItem]) -> Bool {
        guard let last = out.last else { return false }
        if case .count = last.meaning { return true }
        guard case .color(let color) = last.meaning, out.count >= 2 else { return false }
        return out[out.count - 2].meaning == .color(color)
    }

    /// Whether a light told as blinking on and on ("blinking", "flashin", "alternating") comes in the last few items,
    /// in the same clause: "real quick" after it is how fast, not one short flash ("it flashed red real quick").
    func blinkingJustBefore(_ out: [TextItem]) -> Bool {
        for item in out.suffix(5).reversed() {
            if case .order = item.meaning { return false }  // "red and blue" (together) stays one clause
            switch item.meaning {
            case .kind(.blink), .kind(.alternating), .alternation:
                let said = word(item.last)
                return said.hasSuffix("ing") || said.hasSuffix("in") || said.hasSuffix("in'")
            default: continue
            }
        }
        return false
    }

    private static func smallWhole(_ meaning: TextMeaning) -> Int? {
        switch meaning {
        case .number(let value, _): return value.isClock ? nil : value.integer
        case .numberWord(let value): return value
        default: return nil
        }
    }

    private static func separatesCounting(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.comma), .together: return true
        default: return false
        }
    }

    /// One number: digits, or number words added up ("twenty five").
    func single(
        _ items: [TextItem], at start: Int
    ) -> (value: NumberLiteral, spelled: Bool, first: Int, last: Int, next: Int)? {
        guard start < items.count else { return nil }
        let item = items[start]
        switch item.meaning {
        case .number(let value, let word):
            return (value, word, item.first, item.last, start + 1)
        case .numberWord(let tens):
            if tens >= 20, tens % 10 == 0, tens < 100, start + 1 < items.count,
                case .numberWord(let ones) = items[start + 1].meaning, ones >= 1, ones <= 9,
                items[start + 1].first == item.last + 1
            {
                return (NumberLiteral(tens + ones), true, item.first, items[start + 1].last, start + 2)
            }
            return (NumberLiteral(tens), true, item.first, item.last, start + 1)
        default:
            return nil
        }
    }
}
