import LEDCore
import LEDVocabulary

/// Reads numbers in context: counts ("x6", "6 times", "five or six times", "between 5 and 6"),
/// lengths ("10 seconds", "for 5 minutes") and blink periods ("every 2 seconds", "3 times a second").
/// A count of 0, a negative count, a count above ``BlinkCountLimits/maximum`` and a length that does
/// not fit are read, with a warning (`NumberPass+Readings`). Numbers that are none of these ("2 cameras")
/// are dropped.

struct NumberPass {
    let vocabulary: TimingVocabulary
    /// The typed text of tokens `first...last`, for messages.
    let text: (Int, Int) -> String
    /// The word at a token index, lower-cased as read; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String
    /// What was read with a doubt, for people ("kept 3 minutes of …").
    var warnings: [String] = []
    /// Whether a line of the text opened with a four-digit time ("0800 red blink."): the next lines' do too.
    var logsTimes = false

    /// Lengths must stay below this many seconds (what the canonical string can carry).
    static let longestDuration = 1e12
    /// A blink period longer than this is not a blink.
    static let longestPeriod = 60.0

    /// A number or a range of numbers found at some item.
    struct Group {
        var low: NumberLiteral
        var high: NumberLiteral?
        var spelled: Bool
        var first: Int
        var last: Int
        /// The index of the item after the group.
        var next: Int
    }

    mutating func run(_ items: [TextItem]) throws(TextProblem) -> [TextItem] {
        try TextItem.scan(items.count) { (index, out) throws(TextProblem) -> Int in
            let item = items[index]
            switch item.meaning {
            case .timesMarker:
                let numberAt = countedNumber(items, after: index)
                if let spoken = countingAloud(items, at: numberAt) {
                    out.append(TextItem(.count(.exactly(spoken.count)), item.first, spoken.last))
                    return spoken.next
                }
                guard let group = group(items, at: numberAt) else { return index + 1 }
                appendCount(group, first: item.first, last: group.last, into: &out)
                return group.next
            case .numberWord(1) where isEnumeratedLight(items, at: index):
                return index + 1  // "two lights, one blue that blinks and a green one": which light, not a count
            case .number, .numberWord, .between:
                if let spoken = countingAloud(items, at: index) {
                    // "I count: one, two, three, four, five": a count of five.
                    out.append(TextItem(.count(.exactly(spoken.count)), item.first, spoken.last))
                    return spoken.next
                }
                guard let group = group(items, at: index) else { return index + 1 }
                return try finish(group, items, into: &out)
            case .order(.then)
            where text(item.first, item.last) == ">" && index + 2 < items.count
                && Self.isNumber(items[index + 1].meaning) && Self.isUnit(items[index + 2].meaning):
                return index + 1  // "solid blue > 15 min": more than fifteen minutes, not "then"
            case .every:
                return finishEvery(items, at: index, into: &out)
            case .period(let seconds):
                out.append(TextItem(.speed(vocabulary.speed(forPeriod: seconds)), item.first, item.last))
                return index + 1
            case .ratePer:
                return index + 1  // "times a minute" with no number before it
            case .duration(.brief) where isOrdinalSecond(items, at: index):
                return index + 1  // "a second Outdoor 4": which one, not how long
            case .duration(.brief)
            where word(item.last) == "quick" && (Self.countedJustBefore(out) || blinkingJustBefore(out)):
                // "flashes red 5 times really quick", "red red red real quick", "blinkin red n blue real quick": the
                // pulses are fast
                out.append(TextItem(.speed(.fast), item.first, item.last))
                return index + 1
            case .duration:
                // "for about a minute and a half": one and a half of the unit the phrase names.
                if ["a", "an"].contains(word(item.last - 1)), let unit = Self.phraseUnits[word(item.last)],
                    let half = andAHalf(items, at: index + 1)
                {
                    let length = EventDuration(seconds: unit * 1.5, vocabulary: vocabulary)
                    out.append(TextItem(.exactDuration(length), item.first, half))
                    return index + 2
                }
                out.append(item)
                return index + 1
            case .exactDuration(let stated):
                // "a minute and a half": its bucket comes from this parser's vocabulary.
                let duration = stated.seconds.map { EventDuration(seconds: $0, vocabulary: vocabulary) } ?? stated
                out.append(TextItem(.exactDuration(duration), item.first, item.last))
                return index + 1
            case .once, .count(.exactly(_)):
                let times = Self.exactCount(item.meaning)
                if index + 1 < items.count, case .every = items[index + 1].meaning {
                    return index + 1  // "once every 2 seconds": the period follows
                }
                if index + 1 < items.count, case .unit(let unit) = items[index + 1].meaning,
                    !(index + 2 < items.count && Self.isNumber(items[index + 2].meaning))
                {
                    appendPeriod(unit / Double(times), item.first, items[index + 1].last, into: &out)
                    return index + 2
                }
                out.append(TextItem(.count(.exactly(times)), item.first, item.last))
                return index + 1
            case .countWord(let count):
                if index + 1 < items.count, case .timesMarker = items[index + 1].meaning {
                    out.append(TextItem(.count(count), item.first, items[index + 1].last))
                    return index + 2
                }
                if index + 1 < items.count, case .unit(let unit) = items[index + 1].meaning,
                    index == 0 || items[index - 1].meaning != .every,
                    let length = Self.vagueLength(of: unit, count: count)
                {
                    // "few s", "several mins": a vague length of the unit
                    out.append(TextItem(.duration(length), item.first, items[index + 1].last))
                    return index + 2
                }
                if isBesideLight(out.last, lightAhead(items, from: index + 1)), !namesOneLight(count, items, index) {
                    out.append(TextItem(.bareCount(count), item.first, item.last))
                }
                return index + 1
            case .unit:
                if let length = bareUnitLength(items, at: index) {
                    out.append(TextItem(.duration(length), item.first, item.last))  // "been hrs", "hours now"
                } else {
                    out.append(item)
                }
                return index + 1
            default:
                out.append(item)
                return index + 1
            }
        }
    }

    /// Handles what follows a number (group): "times", a unit, or nothing.
    private mutating func finish(
        _ group: Group, _ items: [TextItem], into out: inout [TextItem]
    ) throws(TextProblem) -> Int {
        let next = group.next < items.count ? items[group.next] : nil
        if isUsedTo(group) {
            out.append(TextItem(.pastMarker, group.first - 1, group.last))  // "it used 2 sit dark"
            return group.next
        }
        if let hours = loggedTime(group) {
            out.append(TextItem(.clockTime(hours * 3600), group.first, group.last))  // "0800 red blink."
            return group.next
        }
        if let after = aroundTheClock(group, items) {
            out.append(TextItem(.continuous, group.first, items[after - 1].last))  // "blinking red 24/7"
            return after
        }
        if group.low.isClock || group.high?.isClock == true {
            // "at 7:10 it went solid blue": a time of day, which counts nothing; "1:30 minutes" is a length,
            // and so is "for 1:30" (m:ss) or "lasting 1:02:03" (h:mm:ss) — but not "for 10:30pm".
            guard case .unit(let unit)? = next?.meaning, let last = next?.last else {
                if group.high == nil, let seconds = group.low.clockLength, !Self.isMeridiem(next?.meaning),
                    isLengthLead(before: group.first)
                {
                    let length = duration(group, seconds: seconds, last: group.last)
                    out.append(TextItem(.exactDuration(length), group.first, group.last))
                    return group.next
                }
                if group.high == nil {
                    markTimeUntil(group, into: &out)
                    out.append(TextItem(.clockTime(group.low.value * 3600), group.first, group.last))
                } else if let high = group.high, outageBefore(group.first) {
                    // "Internet down 06:00 to 08:30": the outage is over.
                    out += outageEnd(group, endingAt: high.value * 3600, last: group.last)
                } else if let high = group.high, group.low.isClock, high.isClock {
                    // "14:02 to 14:03 red flashing": two times of day, from one to the other.
                    out.append(TextItem(.clockTime(group.low.value * 3600), group.first, group.first))
                    out.append(TextItem(.clockTime(high.value * 3600), group.first, group.last))
                }
                return group.next
            }
            out.append(TextItem(.exactDuration(duration(group, unit: unit, last: last)), group.first, last))
            return group.next + 1
        }
        switch next?.meaning {
        case .meridiem(let pm)?:
            // "3 pm": a time of day.
            if group.high == nil, let hour = group.low.integer, (1...12).contains(hour) {
                let hours = Double(hour % 12 + (pm ? 12 : 0))
                out.append(TextItem(.clockTime(hours * 3600), group.first, next?.last ?? group.last))
            } else if let hour = group.high?.integer, (1...12).contains(hour), outageBefore(group.first) {
                // "wifi out from 1 to 3 am": the outage is over.
                let hours = Double(hour % 12 + (pm ? 12 : 0))
                out += outageEnd(group, endingAt: hours * 3600, last: next?.last ?? group.last)
            }
            return group.next + 1
        case .timesMarker?:
            if group.next + 1 < items.count, case .unit(let unit) = items[group.next + 1].meaning,
                !(group.next + 2 < items.count && Self.isNumber(items[group.next + 2].meaning))
            {
                // "3 times a second": a rate, not a count.
                appendPeriod(unit / max(group.low.value, 1), group.first, items[group.next + 1].last, into: &out)
                return group.next + 2
            }
            if group.next + 1 < items.count, case .ratePer(let unit) = items[group.next + 1].meaning {
                // "3x per second": a rate as well.
                appendPeriod(unit / max(group.low.value, 1), group.first, items[group.next + 1].last, into: &out)
                return group.next + 2
            }
            appendCount(group, first: group.first, last: next?.last ?? group.last, into: &out)
            return group.next + 1
        case .together?
        where group.high == nil && next.map({ text($0.first, $0.last) == "/" }) == true
            && group.next + 1 < items.count && Self.isUnit(items[group.next + 1].meaning):
            // "red blink ~1/s", "2/sec": a rate, not a count.
            if case .unit(let unit) = items[group.next + 1].meaning {
                appendPeriod(unit / max(group.low.value, 1), group.first, items[group.next + 1].last, into: &out)
            }
            return group.next + 2
        case .together? where group.high == nil:
            // "two and a half minutes"
            guard let half = andAHalf(items, at: group.next), group.next + 1 < items.count,
                case .unit(let unit) = items[group.next + 1].meaning, items[group.next + 1].first == half + 1
            else { return try finishOther(group, items, into: &out) }
            let length = duration(group, seconds: (group.low.value + 0.5) * unit, last: items[group.next + 1].last)
            out.append(TextItem(.exactDuration(length), group.first, items[group.next + 1].last))
            return group.next + 2
        case .kind(.blink)? where rateAfterBlink(group, items) != nil:
            return appendRateAfterBlink(group, items, into: &out)
        case .ratePer(let unit)?:
            // "10 times a minute": a rate, not a count.
            appendPeriod(unit / max(group.low.value, 1), group.first, next?.last ?? group.last, into: &out)
            return group.next + 1
        case .unit(let unit)?:
            return try finishLength(group, unit: unit, items, into: &out)
        case .duration?:
            // "1/2 a minute": a fraction of the length the phrase names.
            if group.high == nil, let next, let unit = articleUnit(next) {
                out.append(
                    TextItem(.exactDuration(duration(group, unit: unit, last: next.last)), group.first, next.last))
                return group.next + 1
            }
            return try finishOther(group, items, into: &out)
        default:
            return try finishOther(group, items, into: &out)
        }
    }

    /// A number followed by nothing it goes with: "zero blinking", a pronoun "one", or a bare count.
    private mutating func finishOther(
        _ group: Group, _ items: [TextItem], into out: inout [TextItem]
    ) throws(TextProblem) -> Int {
        if let hour = hourAt(group) {
            // "at like 6", "now at 9", "since 9 o'clock"
            out.append(TextItem(.clockTime(hour * 3600), group.first, oClock(after: group.last) ?? group.last))
            return group.next
        }
        // "zero blinking", "0 flashes": none of them.
        if group.high == nil, group.low.integer == 0,
            case .kind(.blink)? = lightAhead(items, from: group.next)?.meaning
        {
            out.append(TextItem(.negation, group.first, group.last))
            return group.next
        }
        // A spelt "one" is a pronoun ("the blue one blinks", "one is blinking red", "one blinking blue")
        // unless a kind follows it with a colour or words for the pulse between ("one red blink", "one
        // quick red flash").
        var isOne = group.spelled && group.high == nil && group.low.integer == 1
        var ahead = group.next
        while ahead < items.count, ahead < group.next + 3, Self.describesPulse(items[ahead].meaning) { ahead += 1 }
        if isOne, ahead > group.next, ahead < items.count, case .kind = items[ahead].meaning,
            !Self.isNegation(out.last?.meaning)
        {
            isOne = false  // but "neither one blinking" is the pronoun
        }
        if !isOne, guessAfterCount(group, into: &out) || pulseOrTwo(group, into: &out) { return group.next }
        if countsAfterCorrection(group, out) {
            appendCount(group, first: group.first, last: group.last, into: &out)  // "Correction: it is six"
            return group.next
        }
        // "red blinks, maybe five, maybe six": a guess between two numbers right after the light's clause.
        var previous = out.last
        if group.high != nil || group.low.value == 0, case .order(.comma)? = previous?.meaning {
            previous = out.dropLast().last  // "blinks: 0"
        }
        if !isOne, group.high == nil, Self.guessAfterVagueCount(out),
            Self.approximations.contains(word(group.first - 1))
        {
            // "blinks red a bunch of times after recording, like 5 I think": the number the vague count hinted at
            appendCount(group, first: group.first, last: group.last, into: &out)
            return group.next
        }
        if !isOne, countsBlinkBefore(group, items, out), !namesOtherThing(group) {
            // "red blinks, around 4 or so, and then …": the count of those blinks.
            appendCount(group, first: group.first, last: group.last, into: &out)
            return afterOrSo(items, from: group.next)
        }
        if !isOne, isBesideLight(previous, lightAhead(items, from: group.next)), !namesOtherThing(group) {
            appendCount(group, bare: true, first: group.first, last: group.last, into: &out)
        }
        return group.next
    }

    /// The item a count before `start` counts: the next one, past words that describe the pulses
    /// ("6 quick red flashes", "five short blinks", "two brief red blips").
    private func lightAhead(_ items: [TextItem], from start: Int) -> TextItem? {
        var index = start
        while index < items.count, index < start + 3 {
            switch items[index].meaning {
            case .speed, .duration: index += 1
            default: return items[index]
            }
        }
        return index < items.count ? items[index] : nil
    }

    /// Whether a bare number sits beside a colour or kind ("flashes red 6", "6 red blinks").
    private func isBesideLight(_ previous: TextItem?, _ next: TextItem?) -> Bool {
        (previous?.meaning.describesLight ?? false) || (next?.meaning.describesLight ?? false)
    }

    /// Reads a number, a spelt number ("twenty five"), or a range ("5 or 6", "5-6", "between 5 and 6").
    func group(_ items: [TextItem], at start: Int) -> Group? {
        guard start < items.count else { return nil }
        if case .between = items[start].meaning {
            guard let low = single(items, at: start + 1), low.next + 1 < items.count,
                case .together = items[low.next].meaning, let high = single(items, at: low.next + 1)
            else { return nil }
            return Group(
                low: low.value, high: high.value, spelled: low.spelled, first: items[start].first, last: high.last,
                next: high.next)
        }
        guard let low = single(items, at: start) else { return nil }
        if let second = guessedSecond(items, after: low.next) ?? neighbourSecond(items, at: start, after: low.next),
            let high = single(items, at: second)
        {
            return Group(
                low: low.value, high: high.value, spelled: low.spelled, first: low.first, last: high.last,
                next: high.next)
        }
        if low.next + 1 < items.count, Self.joinsRange(items[low.next].meaning),
            // "x2 - 10:02": a count, then a time of day, not a count of two to ten ("02:00-05:30" is a span)
            let high = single(items, at: low.next + 1),
            text(low.first, low.last).contains(":") || !text(high.first, high.last).contains(":"),
            // "x2 - 5 min later": a count, then a length, not a count of two to five
            !(start > 0 && items[start - 1].meaning == .timesMarker && high.next < items.count
                && Self.isUnit(items[high.next].meaning))
        {
            return Group(
                low: low.value, high: high.value, spelled: low.spelled, first: low.first, last: high.last,
                next: high.next)
        }
        return Group(low: low.value, high: nil, spelled: low.spelled, first: low.first, last: low.last, next: low.next)
    }

    private static func isNegation(_ meaning: TextMeaning?) -> Bool {
        if case .negation? = meaning { return true }
        return false
    }

    /// Words between a count and the pulse it counts: a colour, a speed, a length.
    private static func describesPulse(_ meaning: TextMeaning) -> Bool {
        meaning.isColor || meaning.describesPulse
    }

    private static func joinsRange(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .rangeJoin, .to: return true
        default: return false
        }
    }

    private static func isUnit(_ meaning: TextMeaning) -> Bool {
        if case .unit = meaning { return true }
        return false
    }

    private static func isNumber(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .number, .numberWord, .between: return true
        default: return false
        }
    }

    private static func exactCount(_ meaning: TextMeaning) -> Int {
        if case .count(.exactly(let n)) = meaning { return n }
        return 1
    }
}
