/// Reads a "since" clause that names a day or part of a day as a length of hours: "it has been solid red
/// ever since she tried to add it on Sunday", "since I swapped the batteries this morning it shows solid
/// red", "since: this morning"; and "since then", or a closing "ever since", after a day named before ("Last
/// night we reset it … Since then the light has been blinking blue slowly", "we moved it this morning and it
/// has blinked red ever since"). The day named is not a length by itself ("on Sunday" says
/// when); after "since" it says how long the light has done what it does.
///
/// Runs after ``PastReferencePass`` and before ``ResolvePass``. A "since" clause that states a length of its
/// own ("since yesterday") or describes the light is left alone; "since" before a time of day ("since 20:01")
/// is dropped, so that the time starts the light of its clause (``timesSince(_:)``), and so is a part of the day
/// right after that time ("since 11:00 this morning"), which says which day, not "now".
struct SinceLengthPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String
    /// Whether the token at an index is punctuation.
    let isSymbol: (Int) -> Bool

    /// The most words a "since" clause is read for its day.
    static let reach = 12
    /// Parts of a day, said after "this", "last" or "yesterday".
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "week", "weekend"]

    func run(_ items: [TextItem]) -> [TextItem] {
        // Each length goes in before the item at its index; later insertions first keep the indices.
        var insertions: [(at: Int, item: TextItem)] = []
        for (index, item) in items.enumerated() {
            if opensSince(item), let day = dayNamed(items, after: index) {
                let length = TextItem(.duration(.hours), day.lowerBound, day.upperBound)
                // "since I swapped the batteries this morning, it shows solid red": the light of the clause after.
                if opensClause(item.first), let lit = lightAfter(items, day: day.upperBound) {
                    insertions.append((lit + 1, length))
                } else {
                    insertions.append(
                        (index + 1 + items[(index + 1)...].prefix { $0.first <= day.lowerBound }.count, length))
                }
            } else if isSinceThen(item), let day = dayBefore(item.first), let lit = lightAfter(items, day: item.last),
                !lengthStated(items, from: index + 1)
            {
                // "Last night we reset it … Since then the light has been blinking blue": since the day named.
                insertions.append((lit + 1, TextItem(.duration(.hours), day.lowerBound, day.upperBound)))
            }
        }
        var out = items
        for index in out.indices where closesWithSince(out[index]) && dayBefore(out[index].first) != nil {
            // "put fresh batteries in this morning and it has flashed red ever since": since the day named.
            out[index].meaning = .duration(.hours)
        }
        for insertion in insertions.reversed() { out.insert(insertion.item, at: insertion.at) }
        return timesSince(out)
    }

    /// Whether `item` is "since then" (or "ever since then").
    private func isSinceThen(_ item: TextItem) -> Bool {
        let since = word(item.first) == "ever" ? item.first + 1 : item.first
        return word(since) == "since" && word(since + 1) == "then" && item.last <= since + 1
    }

    /// Whether `item` is an "ever since" that ends its clause ("… and it has flashed red ever since").
    private func closesWithSince(_ item: TextItem) -> Bool {
        guard case .continuous = item.meaning, item.last == item.first + 1, word(item.first) == "ever",
            word(item.last) == "since"
        else { return false }
        return isSymbol(item.last + 1) || word(item.last + 1).isEmpty
    }

    /// The tokens of a day named before token `end` ("Monday 10am", "last night", "yesterday"), the last one.
    private func dayBefore(_ end: Int) -> ClosedRange<Int>? {
        var found: ClosedRange<Int>?
        for token in 0..<end {
            let said = word(token)
            if PastReferencePass.weekdays.contains(said) || said == "yesterday" {
                found = token...token
            } else if ["this", "last"].contains(said), Self.partsOfDay.contains(word(token + 1)) {
                found = token...(token + 1)
            }
        }
        return found
    }

    /// Whether a length is stated from item `start` to the end of its sentence.
    private func lengthStated(_ items: [TextItem], from start: Int) -> Bool {
        for item in items[start...] {
            switch item.meaning {
            case .order(.sentence): return false
            case .duration(let bucket) where bucket != .continuous: return true
            case .exactDuration, .clockTime: return true
            default: continue
            }
        }
        return false
    }

    /// Whether token `token` opens a clause: the text's start, punctuation or "and" / "but" / "so" before it.
    private func opensClause(_ token: Int) -> Bool {
        token == 0 || isSymbol(token - 1) || ["and", "but", "so"].contains(word(token - 1))
    }

    /// Short names of weekdays, as in notes ("since modem swap Fri"); not "sat" and "sun", which are words too.
    static let shortWeekdays: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri"]
    /// Months that are verbs too ("since it may be offline"): not read as a day.
    static let verbMonths: Set<String> = ["may", "march"]
    /// Words that name the first day of something: "since day one", "since the first day".
    static let firstDays: Set<String> = ["one", "1", "zero", "0"]

    /// The tokens of a day named at token `token`, if one is (with a "'s" or without): a weekday ("Friday",
    /// "Fri"), "yesterday", a month, a part of a day after "this", "last" or "yesterday", a period after "last"
    /// ("last month", "last winter") or the first day ("day one", "the first day", "the day we installed it").
    func dayAt(_ token: Int) -> ClosedRange<Int>? {
        var said = word(token)
        if said.hasSuffix("'s") { said.removeLast(2) }  // "since yesterday's update", "since Friday's storm"
        if PastReferencePass.weekdays.contains(said) || Self.shortWeekdays.contains(said) || said == "yesterday"
            || PastReferencePass.months.contains(said) && !Self.verbMonths.contains(said)
        {
            return token...token
        }
        if ["this", "last", "yesterday"].contains(said), Self.partsOfDay.contains(word(token + 1)) {
            return token...(token + 1)
        }
        if said == "last", PastReferencePass.pastPeriods.contains(word(token + 1)) { return token...(token + 1) }
        if said == "day", Self.firstDays.contains(word(token + 1)) || ["the", "first"].contains(word(token - 1)) {
            return token...token
        }
        return nil
    }

    /// The index of the first item after token `day` that describes the light, in the same sentence.
    private func lightAfter(_ items: [TextItem], day: Int) -> Int? {
        for (index, item) in items.enumerated() where item.first > day {
            if case .order(.sentence) = item.meaning { return nil }
            if item.meaning.describesLight { return index }
        }
        return nil
    }

    /// Whether `item` is a "since" (or "ever since") that opens a clause about when something happened; a
    /// situation that opens with it ("since yesterday's router update") is one too.
    private func opensSince(_ item: TextItem) -> Bool {
        let first = word(item.first)
        guard first == "since" || first == "ever" && word(item.first + 1) == "since" else { return false }
        switch item.meaning {
        case .duration, .clockTime: return false
        case .context, .otherSituation: return word(item.first + 1) != "then"
        default: return item.last <= item.first + 1 && word(item.last + 1) != "then"
        }
    }

    /// The tokens of a day named in the clause the "since" item at `index` opens, before any punctuation (a
    /// colon right after "since" aside), light or length; in a situation that opens with "since", its own
    /// words are read too ("since yesterday's router update", "since ISP modem swap Fri").
    private func dayNamed(_ items: [TextItem], after index: Int) -> ClosedRange<Int>? {
        let item = items[index]
        var start = item.last + 1
        switch item.meaning {
        case .context, .otherSituation: start = word(item.first) == "ever" ? item.first + 2 : item.first + 1
        default: break
        }
        let next = items[(index + 1)...]
        var token = start
        while token < start + Self.reach {
            if isSymbol(token) {
                guard token == start else { return nil }
                token += 1
                continue
            }
            if let item = next.first(where: { $0.first <= token && token <= $0.last }) {
                switch item.meaning {
                case .duration, .exactDuration, .clockTime, .number: return nil
                case let meaning where meaning.describesLight: return nil
                default: break
                }
            }
            let said = word(token)
            if said.isEmpty, !isSymbol(token) { return nil }
            if let day = dayAt(token) { return day }
            token += 1
        }
        return nil
    }
}
