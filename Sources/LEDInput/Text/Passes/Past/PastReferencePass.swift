import LEDVocabulary

/// Reads what the light did at a time named in the past, when what it does now follows: "Two days ago it
/// was dark, now it blinks red", "Yesterday the ring was blinking red; today it is off", "Last month it
/// blinked once or twice …; now it keeps blinking", "Before the battery swap it flashed red 6 times; since
/// the swap …", "Until the update it stayed off; since then …". The time named ("two days ago",
/// "yesterday", "last month", a sentence that opens with "before" or "until") becomes a "used to"
/// (``TextMeaning/pastMarker``), and a "since" that opens a later clause becomes "now"
/// (``TextMeaning/presentMarker``). Without a later "now", "today" or clause-opening "since" nothing
/// changes: "it started blinking red two days ago" is one event that has lasted two days. A state that
/// lasted a day or more inside a clause is a "used to" too when a clause opening with "now", "today" or
/// "but since" describes the light: "solid green for weeks and now it blinks red".
///
/// Runs after ``NumberPass`` (which has made "two days" a length) and before ``ResolvePass``.
struct PastReferencePass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String
    /// Whether the token at an index is punctuation.
    let isSymbol: (Int) -> Bool

    /// Days of the week: "on Monday", "last Friday".
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// Words after "last" that name a time in the past ("last month", "last winter", "last Friday").
    static let pastPeriods: Set<String> = Set([
        "month", "year", "winter", "summer", "spring", "autumn", "fall", "christmas", "weekend", "season",
    ]).union(weekdays).union(LexiconEntries.months)
    /// Words that open a length said as a time in the past ("yesterday", "last night").
    static let pastLengthWords: Set<String> = ["yesterday", "last"]

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count + 2)
        var index = 0
        while index < items.count {
            let item = items[index]
            if let reference = pastReference(items, at: index, previous: out.last),
                let present = presentCue(items, after: index, near: reference.isTime, before: !reference.isTime)
            {
                if let gap = reference.insertedBefore {
                    // "last month": words the lexicon does not know, before this item.
                    out.append(TextItem(.pastMarker, gap.lowerBound, gap.upperBound))
                    index = appendUntil(present, items, from: index, into: &out)
                    continue
                }
                out.append(TextItem(.pastMarker, item.first, reference.last))
                // A stretch stays a length ("For two years the light was off; since …"), a situation stays
                // ("Before the reset …"); a time named ("two days ago", "yesterday") is when, not how long.
                let keepsLength = reference.isStretch
                index = appendUntil(present, items, from: keepsLength ? index : index + 1, into: &out)
                continue
            }
            if startsSentence(out.last), let present = untilChange(items, from: index) {
                // "It was solid blue until I moved it. Now it blinks red": what it did up to the change is the past.
                out.append(TextItem(.pastMarker, item.first, item.first))
                index = appendUntil(present, items, from: index, into: &out)
                continue
            }
            if let marker = changeReference(items, at: index),
                let present = presentCue(items, after: index, near: true, before: false),
                describesLightNow(items, cue: present)
            {
                out.append(TextItem(.pastMarker, marker.lowerBound, marker.upperBound))
                index = appendUntil(present, items, from: index, into: &out)
                continue
            }
            if isLongAgo(items[index]) {
                index += 1  // "I changed the battery last month": not the new batteries of the light now
                continue
            }
            if isWhenCounted(items, at: index) || isWhenTimed(items, at: index) {
                // "last night I stood and counted: six", "last night it started flashing … for about five minutes":
                // when it was counted or began, not how long it lasted
                index += 1
                continue
            }
            out.append(item)
            index += 1
        }
        return markingStateBeforeSituation(out)
    }

    /// Words after "last" that name a month or more ago ("last month", "last winter"; "last week" may still
    /// be new batteries), and the units of an "ago" of weeks or more ("three weeks ago", "a month ago").
    static let longAgoPeriods: Set<String> = [
        "month", "year", "winter", "summer", "spring", "autumn", "fall", "christmas", "season",
    ]
    static let longAgoUnits: Set<String> = ["weeks", "month", "months", "year", "years"]
    /// Months named after "in" ("replaced the batteries in January"): a date, not a change just made.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Whether the item is the new-batteries situation told as weeks or more ago, right before or after it
    /// ("changed the battery last month", "a month ago I put new batteries in"): it no longer explains
    /// what the light does now, so it is not the situation (the batteries may well be low again).
    private func isLongAgo(_ item: TextItem) -> Bool {
        guard case .context(.newBatteries) = item.meaning else { return false }
        let near = Array(max(0, item.first - 4)..<item.first) + Array((item.last + 1)...(item.last + 4))
        return near.contains { token in
            (word(token) == "last" && Self.longAgoPeriods.contains(word(token + 1)))
                || (word(token) == "ago" && Self.longAgoUnits.contains(word(token - 1)))
                || (word(token) == "in" && Self.months.contains(word(token + 1)))
        }
    }

    /// Whether the item at `index` is "yesterday" or "last night" in a sentence that counts the pulses.
    private func isWhenCounted(_ items: [TextItem], at index: Int) -> Bool {
        guard case .duration = items[index].meaning, Self.pastLengthWords.contains(word(items[index].first)) else {
            return false
        }
        var probe = index + 1
        while probe < items.count {
            switch items[probe].meaning {
            case .order(.sentence): return false
            case .count where ["i", "counted", "count"].contains(word(items[probe].first)): return true
            default: probe += 1
            }
        }
        return false
    }

    /// Copies the items from `start` to the present cue, which it makes a "now"; returns the index after it.
    /// A past that was "fine" or "normal" before any light is told ("Before I changed the password it was
    /// fine; since then …") is no complaint, not a dark light.
    private func appendUntil(_ present: Int, _ items: [TextItem], from start: Int, into out: inout [TextItem]) -> Int {
        var lightTold = false
        for index in start..<present {
            let item = items[index]
            if item.meaning == .endOfLight, !lightTold, Self.fineWords.contains(word(item.last)) { continue }
            lightTold = lightTold || item.meaning.describesLight
            out.append(item)
        }
        let cue = items[present]
        switch cue.meaning {
        case .presentMarker:
            out.append(cue)
        case .order(.after):
            out.append(TextItem(.presentMarker, cue.first, cue.last))  // "; since the swap …"
        default:
            // "; since the reset it …": the situation stays, and "now" starts its clause.
            out.append(TextItem(.presentMarker, cue.first, cue.first))
            out.append(cue)
        }
        return present + 1
    }

    /// A time in the past at item `index`: its last token, or the tokens before the item that name it.
    private func pastReference(
        _ items: [TextItem], at index: Int, previous: TextItem?
    ) -> (last: Int, insertedBefore: ClosedRange<Int>?, isTime: Bool, isStretch: Bool)? {
        let item = items[index]
        // "last month" / "last winter" right before this item, read as no item at all.
        let gapStart = previous.map { $0.last + 1 } ?? 0
        if item.first >= gapStart + 2 {
            for token in gapStart..<(item.first - 1)
            where word(token) == "last" && Self.pastPeriods.contains(word(token + 1)) && !compares(before: token) {
                return (item.last, token...(token + 1), true, false)
            }
        }
        if startsSentence(previous), let old = oldThing(from: gapStart) {
            // "Old router: …", "With the old batteries it …": what the light did with the thing since replaced.
            if old.upperBound < item.first { return (item.last, old, false, false) }
            // The item is the "with" of "with the old …" (read over), or a situation that names the old thing (kept).
            return item.last <= old.upperBound ? (old.upperBound, nil, false, false) : (item.first, nil, false, true)
        }
        switch item.meaning {
        case .looseOn where Self.weekdays.contains(word(item.last + 1)) && startsSentence(previous):
            return (item.last + 1, nil, true, false)  // "On Monday it was blinking blue. Now …"
        case .exactDuration, .duration:
            // "two days ago", "a week ago"
            if word(item.last + 1) == "ago" { return (item.last + 1, nil, true, false) }
            // "yesterday", "last night", "last week" (but not "since yesterday", "compared with last week")
            if Self.pastLengthWords.contains(word(item.first)), !compares(before: item.first) {
                return (item.last, nil, true, false)
            }
            // "For two years the light was off; since the update …" (a sentence that opens with the stretch)
            if isLongStretch(item), word(item.first) == "for" || word(item.first - 1) == "for", startsSentence(previous)
            {
                return (item.last, nil, true, true)
            }
            return nil
        case .context where word(item.first) == "before" && startsSentence(previous):
            // "Before the reset it blinked red, …": the situation stays; the "before" opens what it used to do.
            return (item.first, nil, false, true)
        case .order(.before), .order(.then):
            // A sentence that opens with "before" or "until": "Before the reset it blinked red; since …"
            guard startsSentence(previous) else { return nil }
            let opening = word(item.first)
            guard ["before", "until", "till", "prior"].contains(opening) else { return nil }
            return (item.last, nil, false, false)
        default:
            return nil
        }
    }

    /// A state told as lasting a day or more inside a clause, when a clause that says what the light does
    /// now follows (checked by the caller): "was solid green for weeks and now it blinks red", "had a
    /// steady blue for months, now …". The "for" stretch is the "used to" (and stays a length). A shorter
    /// or no length ("it was solid blue for a while and now …", "it was solid blue, now …") is a sequence
    /// of one episode: the rules read what came just before as part of it.
    private func changeReference(_ items: [TextItem], at index: Int) -> ClosedRange<Int>? {
        let item = items[index]
        guard isLongStretch(item), word(item.first) == "for" || word(item.first - 1) == "for" else { return nil }
        return item.first...item.first
    }

    /// Whether the present cue at `cue` opens a clause ("…, now", "… and now", "… but today") and that
    /// clause describes the light ("now it's solid blue", "now it stopped"): "…; now what should I do?"
    /// tells nothing new about the light, and "blinking for days now" is one state that lasts.
    private func describesLightNow(_ items: [TextItem], cue: Int) -> Bool {
        let first = items[cue].first
        guard ["and", "but", "yet"].contains(word(first)) || opensClause(first) else { return false }
        for item in items[(cue + 1)...] {
            if case .order(.sentence) = item.meaning { return false }
            if item.meaning.describesLight { return true }
            if case .noLonger = item.meaning { return true }
        }
        return false
    }

    /// Whether the items so far end a sentence (or there are none, or only a device and a colon before).
    private func startsSentence(_ previous: TextItem?) -> Bool {
        guard let previous else { return true }
        switch previous.meaning {
        case .order(.sentence), .order(.comma): return true
        // "Mini 2: …", "XT2 before the reset …" — not "inside the XT2's battery compartment until …"
        case .device: return previous.first == 0 || isSymbol(previous.first - 1)
        default: return false
        }
    }

    /// Whether a length is a day or more: what a light did for that long, then "now", is what it used to do.
    private func isLongStretch(_ item: TextItem) -> Bool {
        switch item.meaning {
        case .exactDuration(let duration): return (duration.seconds ?? 0) >= 86_400
        case .duration(.hours): return Self.longUnits.contains(word(item.last))
        default: return false
        }
    }

    /// Words that end a length of a day or more ("for days", "for months", "a week").
    static let longUnits: Set<String> = ["days", "weeks", "months", "years", "week", "month", "year"]

    /// Whether the word before token `token` compares with that time ("compared with last winter").
    private func compares(before token: Int) -> Bool {
        ["with", "to", "than", "like", "from"].contains(word(token - 1))
    }

    /// The first later item that says what the light does now: "now", "today", or a "since" that opens a
    /// clause ("; since the swap", ", since I changed the batteries"), but not "ever since". After a time
    /// named (`near`: "yesterday", "two days ago") it must come in that sentence or the next, and "since
    /// then" continues a story ("last night we reset it …; since then it blinks blue") rather than
    /// contrasting two states. After a sentence that opens with "before", a clause opening with "after" and
    /// the same kind of situation is the present too ("before the reset …, after the reset …").
    func presentCue(_ items: [TextItem], after index: Int, near: Bool, before: Bool) -> Int? {
        var probe = index + 1
        var sentences = 0
        while probe < items.count {
            let item = items[probe]
            if case .order(.sentence) = item.meaning {
                sentences += 1
                if near, sentences > 1 { return nil }
            }
            let opensWithSince = word(item.first) == "since"
            if near, opensWithSince, word(item.first + 1) == "then" { return nil }
            if case .presentMarker = item.meaning { return probe }
            if opensWithSince, opensClause(item.first) { return probe }
            // "New router: …", "new firmware: …" (the item itself, or words the lexicon does not know before it)
            let gapStart = probe > 0 ? items[probe - 1].last + 1 : 0
            if before, gapStart <= item.first,
                (gapStart...item.first).contains(where: { Self.namesNewThing(word, at: $0) && opensClause($0) })
            {
                return probe
            }
            // "Before the reset it blinked red, after the reset it blinks blue"
            let opensWithAfter =
                Self.afterWords.contains(word(item.first))
                || item.last > item.first && word(item.first + 1) == "after"
            if before, opensWithAfter, opensClause(item.first) {
                if case .context = item.meaning { return probe }
                // "Before new batteries: red 5x after each clip. After: just the blue", "… Right after, it blinked red"
                if case .order(.after) = item.meaning, isSymbol(item.last + 1) { return probe }
                if case .order(.after) = item.meaning, probe + 1 < items.count, case .context = items[probe + 1].meaning
                {
                    return probe
                }
                // "…; after it, the red LED blinks", "…; after the update it blinks", "…; afterwards it blinks red"
                // — but not "…, after ten seconds it went blue", which goes on with the same story.
                if case .order(let order) = item.meaning, order == .after || order == .then,
                    !startsLength(items, at: probe + 1)
                {
                    return probe
                }
            }
            probe += 1
        }
        return nil
    }

    /// Words that open the clause of "after" a change: "after the update", "afterwards".
    static let afterWords: Set<String> = ["after", "afterwards", "afterward"]

    /// Whether the item at `index` is a length or a count ("after ten seconds", "after 3 blinks"): what
    /// follows it is later in the same story, not what the light does since a change.
    private func startsLength(_ items: [TextItem], at index: Int) -> Bool {
        guard index < items.count else { return false }
        switch items[index].meaning {
        case .duration, .exactDuration, .count, .countWord: return true
        default: return false
        }
    }

    /// Whether token `token` opens a clause: it follows punctuation or "and" / "but" / "so", or starts the text.
    private func opensClause(_ token: Int) -> Bool {
        guard token > 0 else { return true }
        if isSymbol(token - 1) { return true }
        return ["and", "but", "so"].contains(word(token - 1))
    }

    /// The last words of a light said to be as it should ("was fine", "back to normal").
    static let fineWords: Set<String> = ["fine", "normal", "normally", "ok", "okay", "good"]

    /// The words that open a sentence at token `start` about a thing since replaced: "Old router: …", "With the
    /// old batteries …", "On our old router …"; nil when the sentence opens otherwise. "The old camera …" names a
    /// device, not a change.
    private func oldThing(from start: Int) -> ClosedRange<Int>? {
        if word(start) == "old" { return start...start }
        guard Self.withWords.contains(word(start)), Self.determiners.contains(word(start + 1)),
            word(start + 2) == "old"
        else { return nil }
        return start...(start + 2)
    }

    /// Whether the words at token `token` name the replacement that the present is about: "New router: …",
    /// "With the new batteries …", "With fresh ones …".
    static func namesNewThing(_ word: (Int) -> String, at token: Int) -> Bool {
        if newWords.contains(word(token)) { return true }
        guard withWords.contains(word(token)) else { return false }
        return newWords.contains(word(token + 1))
            || determiners.contains(word(token + 1)) && newWords.contains(word(token + 2))
    }

    /// Words that name the replacement: "new router", "fresh ones".
    static let newWords: Set<String> = ["new", "fresh"]

    /// Words that open "with the old …" / "with the new …".
    static let withWords: Set<String> = ["with", "on", "using", "w"]
    /// Words between "with" and "old" / "new".
    static let determiners: Set<String> = ["the", "my", "our", "an", "a", "their", "his", "her"]
}
