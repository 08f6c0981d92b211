import LEDCore
import LEDVocabulary

/// Lengths written in several parts: "1 hour and 30 minutes", "2 min 30 sec" (added up, from the larger
/// unit to the smaller); a clock form after a word that introduces a length ("for 1:30"); a fraction of a
/// phrase's length ("1/2 a minute").
extension NumberPass {
    /// Words right before a number that make a clock form a length: "for 1:30", "lasting 1:02:03".
    static let lengthLeads: Set<String> = ["for", "lasting", "lasted", "lasts", "last"]
    /// Words between such a word and the number: "for about 1:30".
    static let roughly: Set<String> = [
        "about", "around", "roughly", "approximately", "approx", "like", "maybe", "nearly",
    ]
    /// The units a phrase like "a minute" names, by its last word.
    static let phraseUnits: [String: Double] = [
        "second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600,
    ]

    /// Where the number a counting phrase gives stands: right after it ("I counted 6", "x6"), or a few
    /// words on in the same clause ("I counted them and it was six", "counted them, six").
    func countedNumber(_ items: [TextItem], after index: Int) -> Int {
        let next = index + 1
        guard ["i", "counted", "count", "same", "total"].contains(word(items[index].first)) else { return next }
        var probe = next
        while probe < items.count, probe <= next + 3 {
            switch items[probe].meaning {
            case .number, .numberWord: return probe
            case .subject, .together, .ignored, .order(.comma): probe += 1
            default: return next
            }
        }
        return next
    }

    /// Whether the words before token `first` introduce a length ("for", "lasting", "for about").
    func isLengthLead(before first: Int) -> Bool {
        let previous = word(first - 1)
        if Self.lengthLeads.contains(previous) { return true }
        return Self.roughly.contains(previous) && Self.lengthLeads.contains(word(first - 2))
    }

    /// The hour a bare number after "at" names ("at 6 it started blinking", "at like 6", "now at 9"), when
    /// nothing after it makes it a count or a length (those are read before this).
    func hourAt(_ group: Group) -> Double? {
        if let time = militaryTime(group) { return time }
        guard group.high == nil, !group.low.isClock, let hour = group.low.integer, (0...23).contains(hour) else {
            return nil
        }
        // "since 8 this morning", "it is now three in the afternoon": the part of the day says am or pm.
        let end = oClock(after: group.last) ?? group.last
        if (1...12).contains(hour), let pm = dayPart(after: end) { return Double(hour % 12 + (pm ? 12 : 0)) }
        if isNowHour(group) || end != group.last { return Double(hour) }
        guard !group.spelled else { return nil }
        let before = word(group.first - 1)
        if before == "at" { return Double(hour) }
        return Self.roughly.contains(before) && word(group.first - 2) == "at" ? Double(hour) : nil
    }

    /// A time written as four digits, as a technician logs it ("since 0600 today", "1330 now", "at 2215"):
    /// hours and minutes, when a word around it makes it a time — not a year ("since 2019") nor a count.
    func militaryTime(_ group: Group) -> Double? {
        guard let (typed, hours) = fourDigitTime(group) else { return nil }
        let before = word(group.first - 1)
        let after = word(group.last + 1)
        let timed =
            ["at", "until", "till", "by", "@"].contains(before)
            || ["now", "today", "tonight", "this", "last", "hrs", "h"].contains(after)
            || typed.hasPrefix("0") && ["since", "from", "to"].contains(before)
        return timed ? hours : nil
    }

    /// The hours of a number typed as four digits that can be a time of day ("0600", "2215"), with its text.
    private func fourDigitTime(_ group: Group) -> (typed: String, hours: Double)? {
        let typed = text(group.first, group.last)
        guard group.high == nil, group.first == group.last, typed.utf8.count == 4,
            typed.utf8.allSatisfy({ (48...57).contains($0) }), let number = group.low.integer,
            number / 100 < 24, number % 100 < 60
        else { return nil }
        return (typed, Double(number / 100) + Double(number % 100) / 60)
    }

    /// A time written as four digits that opens a line of a log ("0800 red blink. 0900 red blink."), not a count:
    /// at the start of the text or of a sentence, with a leading zero or a colon or dash after it ("1415: off"), or
    /// after such a line ("0900 red blink. 1000 red blink.").
    mutating func loggedTime(_ group: Group) -> Double? {
        guard let (typed, hours) = fourDigitTime(group) else { return nil }
        let before = group.first == 0 ? "." : text(group.first - 1, group.first - 1)
        guard [".", "!", "?", ";", "\n", "/"].contains(where: before.hasSuffix) else { return nil }
        let after = text(group.last + 1, group.last + 1)
        guard logsTimes || typed.hasPrefix("0") || [":", "-", "\u{2013}"].contains(after) else { return nil }
        logsTimes = true
        return hours
    }

    /// The last token of "o'clock" said right after token `last` ("since 9 o'clock", "seven oclock"), if it is.
    func oClock(after last: Int) -> Int? {
        if ["o'clock", "oclock", "o'clok", "oclok"].contains(word(last + 1)) { return last + 1 }
        return word(last + 1) == "o" && word(last + 2) == "clock" ? last + 2 : nil
    }

    /// Whether a bare hour is the time now: "It's nearly six now", "it is 9 now", "its gone 5 now", "it is 10
    /// o'clock now".
    func isNowHour(_ group: Group) -> Bool {
        guard word((oClock(after: group.last) ?? group.last) + 1) == "now" else { return false }
        var before = group.first - 1
        if Self.roughly.contains(word(before)) || ["gone", "past", "almost"].contains(word(before)) { before -= 1 }
        if ["it's", "its"].contains(word(before)) { return true }
        return word(before) == "is" && word(before - 1) == "it"
    }

    /// Whether the part of a day said right after token `last` is after noon ("this morning": false; "in the
    /// afternoon", "this evening", "tonight", "at night": true); nil when none is said.
    func dayPart(after last: Int) -> Bool? {
        let first = word(last + 1)
        if first == "tonight" { return true }
        let part: String
        if first == "this" {
            part = word(last + 2)
        } else if first == "in", word(last + 2) == "the" {
            part = word(last + 3)
        } else if first == "at", word(last + 2) == "night" {
            return true
        } else {
            return nil
        }
        switch part {
        case "morning": return false
        case "afternoon", "evening", "arvo": return true
        default: return nil
        }
    }

    static func isMeridiem(_ meaning: TextMeaning?) -> Bool {
        if case .meridiem? = meaning { return true }
        return false
    }

    /// The unit of a length phrase of two words, an article and a unit ("a minute", "an hour"), or `nil`.
    func articleUnit(_ item: TextItem) -> Double? {
        guard item.last == item.first + 1, ["a", "an"].contains(word(item.first)) else { return nil }
        return Self.phraseUnits[word(item.last)]
    }

    /// A number and its unit at `group`: the length, with the parts that continue it in smaller units
    /// added ("1 hour and 30 minutes", "2 min 30 sec"). A part in a unit that is not smaller ("3 minutes
    /// and 4 hours") contradicts the first: the first is kept, and a warning says so.
    mutating func finishLength(
        _ group: Group, unit: Double, _ items: [TextItem], into out: inout [TextItem]
    ) throws(TextProblem) -> Int {
        let firstLast = items[group.next].last
        if word(firstLast + 1) == "old" || word(firstLast + 1) == "of" && word(firstLast + 2) == "age" {
            return group.next + 1  // "my 3 year old camera", "batteries 2 years old": an age, not a length
        }
        let first = duration(group, unit: unit, last: firstLast)
        var end = group.next + 1
        guard group.high == nil, var total = first.seconds else {
            out.append(TextItem(.exactDuration(first), group.first, firstLast))
            return end
        }
        var last = firstLast
        var smallest = unit
        if let half = andAHalf(items, at: end) {
            // "one minute and half", "an hour and a half"
            total += unit / 2
            last = half
            end += 1
        }
        while let part = lengthPart(items, at: end) {
            let partLast = items[part.group.next].last
            guard part.unit < smallest else {
                let kept = text(group.first, firstLast)
                warnings.append(
                    "kept \(kept) of \"\(text(group.first, partLast))\": lengths of one event add up only from the "
                        + "larger unit to the smaller, as in \"1 hour and 30 minutes\"")
                end = part.group.next + 1
                break
            }
            let added = duration(part.group, unit: part.unit, last: partLast)
            total += added.seconds ?? 0
            smallest = part.unit
            last = partLast
            end = part.group.next + 1
        }
        let length = last == firstLast ? first : duration(group, seconds: total, last: last)
        out.append(TextItem(.exactDuration(length), group.first, last))
        return end
    }

    /// A further part of a length at `index`: "and 30 minutes" or "30 sec", but not a length of its own
    /// ("and 10 minutes later").
    private func lengthPart(_ items: [TextItem], at index: Int) -> (group: Group, unit: Double)? {
        var start = index
        if start < items.count, case .together = items[start].meaning {
            guard items[start].first == items[start].last, word(items[start].first) == "and" else { return nil }
            start += 1
        }
        guard let part = group(items, at: start), part.high == nil, !part.low.isClock, part.next < items.count,
            case .unit(let unit) = items[part.next].meaning
        else { return nil }
        if part.next + 1 < items.count, case .order(let order) = items[part.next + 1].meaning,
            order != .comma, order != .sentence
        {
            return nil
        }
        return (part, unit)
    }

    /// A length of `seconds` stated by tokens `group.first...last`, checked like every stated length.
    mutating func duration(_ group: Group, seconds: Double, last: Int) -> EventDuration {
        var whole = group
        whole.low = NumberLiteral(value: seconds, integer: nil)
        whole.high = nil
        return duration(whole, unit: 1, last: last)
    }

    /// A time of day said as now, after a time and "to" ("from 14:01 to now (16:30) it blinks red"), ends the
    /// span the earlier time began: the "to" is no step. A time said "through" ("R blinking continuous thru
    /// 09:00") is when the light ended, as one said "until".
    func markTimeUntil(_ group: Group, into out: inout [TextItem]) {
        var token = group.first - 1
        if token > 0, text(token, token) == "(" { token -= 1 }
        guard word(token) == "now" else {
            if ["through", "thru"].contains(word(group.first - 1)) {
                out.append(TextItem(.order(.then), group.first - 1, group.first - 1))
            }
            return
        }
        let joiner = token - 1
        guard ["to", "until", "till", "through"].contains(word(joiner)),
            let clock = out.lastIndex(where: { $0.last < joiner }), case .clockTime = out[clock].meaning
        else { return }
        out.removeSubrange((clock + 1)...)
    }
}
