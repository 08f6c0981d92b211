import LEDCore

extension PastReferencePass {
    /// The present cue after a sentence, opening at `start`, that tells a light and then "until" a change with
    /// no light of its own ("The light was off until I changed the password, since then …", "It was solid blue
    /// until I moved it. Now …"), or "before" someone did something, with the cue in that sentence ("was blue
    /// solid b4 i moved it, now its red"); nil otherwise. The cue must come in that sentence or the next: "blinked
    /// red until it went blue" is one story, and so are an "until" with no "now" after it and "flashed red for
    /// ninety seconds before it reconnected. Everything works now".
    func untilChange(_ items: [TextItem], from start: Int) -> Int? {
        var lightTold = false
        var until: Int?
        // "was blue solid b4 i moved it, now …": a "before" that opens what someone did, with "now" in that sentence
        var personBefore = false
        for probe in start..<items.count {
            let item = items[probe]
            if case .order(.sentence) = item.meaning { return nil }
            if case .presentMarker = item.meaning { return nil }
            if case .order(.then) = item.meaning, lightTold, ["until", "till"].contains(word(item.first)) {
                until = probe
                break
            }
            if case .order(.before) = item.meaning, lightTold, Self.people.contains(word(item.last + 1)) {
                until = probe
                personBefore = true
                break
            }
            if item.meaning.describesLight { lightTold = true }
        }
        // "since then" names the change here: not the story of a time named that "near" keeps it from.
        guard let until, let present = presentCue(items, after: until, near: false, before: false) else { return nil }
        // "until it went blue": the change is the light's own; "until about 02:51", "until a minute ago": a time,
        // not a change, so one story.
        let between = items[until..<present]
        let sentences = between.filter { $0.meaning == .order(.sentence) }.count
        let story = between.contains { item in
            switch item.meaning {
            case .duration, .exactDuration, .clockTime, .number, .unit: return true
            default: return item.meaning.describesLight
            }
        }
        return sentences > (personBefore ? 0 : 1) || story ? nil : present
    }

    /// Who may open what was done after "before": "before I moved it", "b4 we swapped the router".
    static let people: Set<String> = ["i", "we", "he", "she", "they", "you", "my", "our", "the"]

    /// Whether the item at `index` is "yesterday" or "last night" in a sentence that says how long the light
    /// lasted in so many words ("last night it started flashing red … and carried on for about five minutes").
    func isWhenTimed(_ items: [TextItem], at index: Int) -> Bool {
        guard case .duration = items[index].meaning, Self.pastLengthWords.contains(word(items[index].first)) else {
            return false
        }
        for item in items[(index + 1)...] {
            switch item.meaning {
            case .order(.sentence): return false
            // a stretch ("for about five minutes"), not a period ("one time in two seconds")
            case .exactDuration where (item.first - 2...item.first).contains { word($0) == "for" }: return true
            default: continue
            }
        }
        return false
    }
}
