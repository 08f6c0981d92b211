extension SinceLengthPass {
    /// Words that name a day or a part of it right after a time of day ("06:00 today", "23:00 last night",
    /// "7 this morning"): they say which day the time is on, not "now" nor a past of its own.
    static let daysOfTimes: Set<String> = [
        "today", "tonight", "yesterday", "this", "last", "morning", "afternoon", "evening", "night", "nite",
    ]
    /// The words that join two times of day into a span ("from 23:00 last night to 07:00 this morning").
    static let spanJoiners: Set<String> = ["to", "until", "till", "til", "through", "thru"]

    /// "Blue has been blinking since 20:01; it's 21:30 now", "since 8 am it is red": a time of day after
    /// "since" is when the light of its clause began, not a clause of its own: the "since" goes, so the time
    /// joins the light's clause and the next time of day ends it. The day said right after a time ("since 11:00
    /// this morning", "since 06:00 today") says which day, not "now": it goes too — unless no later time ends
    /// the light ("since 7 this morning blinking blue"), when it is a length of hours, as "since this morning"
    /// is. Two times joined by "to" or "until", each with its day ("from 23:00 last night until 07:00 this
    /// morning"), are a span, as "23:00 to 07:00" is.
    func timesSince(_ items: [TextItem]) -> [TextItem] {
        let lastTime = items.lastIndex { if case .clockTime = $0.meaning { true } else { false } }
        return TextItem.scan(items.count) { index, out in
            let item = items[index]
            if case .order(.after) = item.meaning, word(item.last) == "since", index + 1 < items.count,
                case .clockTime = items[index + 1].meaning, items[index + 1].first <= item.last + 3
            {
                return index + 1
            }
            guard case .clockTime = item.meaning else {
                out.append(item)
                return index + 1
            }
            out.append(item)
            let next = index + 1
            // "since 7", "since about 7", "from 7 this morning": when the light began.
            let opener = NumberPass.roughly.contains(word(item.first - 1)) ? item.first - 2 : item.first - 1
            let since = ["since", "from"].contains(word(opener)) || word(item.first - 2) == "since"
            let day = dayOfTime(items, at: next, after: item)
            let afterDay = day.map { $0 + 1 } ?? next
            if afterDay + 1 < items.count, isJoiner(items[afterDay], between: word(opener) == "between"),
                case .clockTime = items[afterDay + 1].meaning,
                items[afterDay + 1].first == items[afterDay].last + 1
            {
                // "from 23:00 last night until 07:00 this morning": the second time ends the span of the first; a
                // day said in the past ("last night … now it is solid blue") still opens what the light used to do.
                if let day, case .pastMarker = items[day].meaning { out.insert(items[day], at: out.count - 1) }
                var end = items[afterDay + 1]
                end.first = item.first
                out.append(end)
                return dayOfTime(items, at: afterDay + 2, after: end).map { $0 + 1 } ?? afterDay + 2
            }
            let later = lastTime.map { $0 >= next } ?? false
            guard let day else {
                // "since 7 in the morning it is blinking blue": hours too.
                if since, !later, let part = dayPartWords(after: item.last) {
                    out.append(TextItem(.duration(.hours), part.lowerBound, part.upperBound))
                }
                return next
            }
            if since, !later {
                // "since 7 this morning blinking blue": hours, as "since this morning" is.
                out.append(TextItem(.duration(.hours), items[day].first, items[day].last))
            } else if !since {
                out.append(items[day])
            }
            return day + 1
        }
    }

    /// The index of the item right after time of day `time` (at `index`) that names its day, if one does.
    private func dayOfTime(_ items: [TextItem], at index: Int, after time: TextItem) -> Int? {
        guard index < items.count, items[index].first == time.last + 1 else { return nil }
        let day = items[index]
        switch day.meaning {
        case .presentMarker, .pastMarker, .duration(.hours): break
        default: return nil
        }
        let words = (day.first...day.last).map(word)
        guard words.allSatisfy(Self.daysOfTimes.contains), words.contains(where: { !["this", "last"].contains($0) })
        else { return nil }
        return index
    }

    /// Whether the item is "to", "until" or "through" said between two times of day (or "and", after "between").
    private func isJoiner(_ item: TextItem, between: Bool) -> Bool {
        item.first == item.last && (Self.spanJoiners.contains(word(item.first)) || between && word(item.first) == "and")
    }

    /// The tokens of "in the morning" (afternoon, evening) or "at night" right after token `last`.
    private func dayPartWords(after last: Int) -> ClosedRange<Int>? {
        if word(last + 1) == "in", word(last + 2) == "the", Self.partsOfDay.contains(word(last + 3)) {
            return (last + 1)...(last + 3)
        }
        return word(last + 1) == "at" && word(last + 2) == "night" ? (last + 1)...(last + 2) : nil
    }
}
