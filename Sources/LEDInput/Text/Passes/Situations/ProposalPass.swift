import LEDCore

/// Drops a fix that a question proposes rather than reports: "Is it time for new batteries?", "Do I need
/// to change the batteries?", "Should I unplug it or reset it?" ask about a fix; nothing was done yet. So do
/// a situation asked about ("is it recording?"), a fix or a "let go" not done yet ("Pwr cyc not done yet"), a
/// past remedy ("Last time a power cycle sorted it.") and a light's meaning glossed in brackets ("ring blinking
/// red (pairing)"). Runs with word access before ``ResolvePass``.
struct ProposalPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String
    /// Whether the tokens from the first to the last index stand alone in brackets.
    var bracketed: (Int, Int) -> Bool = { _, _ in false }

    /// Situations that are fixes someone may propose (not what happens to the light: setup, motion, …).
    static let fixes: Set<ObservationContext> = [
        .newBatteries, .afterReset, .holdingReset, .powerCycle, .networkChange,
    ]
    /// Words that propose what follows them.
    static let proposals: [[String]] = [
        ["time", "for"], ["time", "to"], ["do", "i", "need"], ["do", "we", "need"], ["should", "i"],
        ["should", "we"], ["shall", "i"], ["shall", "we"], ["do", "i", "have", "to"], ["must", "i"],
        ["would", "it", "help"], ["will", "it", "help"], ["is", "it", "worth"],
        // "Would a reset be the right thing?", "would you recommend a power cycle?"
        ["would", "a"], ["would", "resetting"], ["would", "you", "recommend"], ["do", "you", "recommend"],
        ["can", "i"], ["could", "i"],
        // a learner's "Is normal or I must to do reset?"
        ["must", "to"], ["i", "must", "do"],
    ]
    /// How many words before a situation a proposal may stand ("should I unplug it or reset it").
    static let reach = 6

    /// Words that ask whether a situation holds rather than say it does: "is it recording or what?", "so it's
    /// pairing?".
    static let questions: [[String]] = [
        ["is", "it"], ["is", "this"], ["is", "that"], ["was", "it"], ["is", "it", "still"], ["is", "the", "camera"],
        ["is", "my", "camera"], ["does", "that", "mean", "it's"], ["does", "it", "mean", "it's"],
        // "Is the internet back?", "is our wifi back up yet?"
        ["is", "the"], ["is", "our"], ["is", "my"], ["so", "it's"],
        ["so", "its"], ["so", "it", "is"],
    ]
    /// Words a question may put between itself and the situation it asks about ("Is that just the camera
    /// recording?").
    static let questionFillers: Set<String> = [
        "just", "the", "my", "camera", "cam", "simply", "only", "now", "maybe", "probably", "really", "still",
    ]
    /// Words that make setup a next step asked about or waited for rather than going on: "do i just add it",
    /// "Does this mean it is ready to be set up?", "ready to be added again before I proceed", "can I add it now".
    static let nextSteps: [[String]] = [
        ["ready", "to"], ["ready", "for"], ["do", "i", "just"], ["do", "i"], ["can", "i"], ["can", "we"],
        ["ok", "to"], ["okay", "to"], ["safe", "to"], ["good", "to"],
    ]

    /// Words that make a "let go" one not done yet: "should I let go now?", "OK to release?", "not released".
    static let pendingRelease: Set<String> = [
        "should", "can", "shall", "may", "to", "do", "not", "yet", "i'll", "will", "haven't", "havent", "didn't",
        "didnt",
        "never", "without", "must", "before",
    ]

    func run(_ items: [TextItem]) -> [TextItem] {
        let remedies = pastRemedies(items)
        return items.indices.compactMap { index in
            remedies.contains(index) || !kept(items[index]) || glossed(items, index) ? nil : items[index]
        }
    }

    /// Whether "pairing" in brackets right after a light glosses what the light means ("ring blinking red
    /// (pairing)"): the writer's reading of the light, not someone setting it up. ("blue (recording)" is the
    /// recording light: that situation stays.)
    private func glossed(_ items: [TextItem], _ index: Int) -> Bool {
        guard index > 0, items[index].meaning == .context(.setup), Self.tellsLight(items[index - 1]) else {
            return false
        }
        return bracketed(items[index].first, items[index].last)
    }

    /// Whether an item stays: not a fix proposed, a situation asked about, or a "let go" not done yet.
    private func kept(_ item: TextItem) -> Bool {
        if case .release = item.meaning {
            return !(max(0, item.first - 3)..<item.first).contains { Self.pendingRelease.contains(word($0)) }
        }
        guard case .context(let context) = item.meaning else { return true }
        if asked(before: item.first) { return false }
        if context == .setup { return !proposed(before: item.first, Self.proposals + Self.nextSteps) }
        // "Pwr cyc not done yet", "reset pending": a fix still to do
        if Self.fixes.contains(context), notDone(after: item.last) { return false }
        return !Self.fixes.contains(context) || !proposed(before: item.first, Self.proposals)
    }

    /// Whether the words right after token `last` say the fix is still to do: "not done (yet)", "not yet",
    /// "not tried", "pending", "planned" ("reset planned").
    private func notDone(after last: Int) -> Bool {
        if ["pending", "planned", "scheduled"].contains(word(last + 1)) { return true }
        return word(last + 1) == "not" && ["done", "yet", "tried", "attempted"].contains(word(last + 2))
    }

    /// The fixes told in a sentence about an earlier time the problem came, with no light in it: "Last time a
    /// power cycle sorted it." is what helped then, not what was done now.
    private func pastRemedies(_ items: [TextItem]) -> Set<Int> {
        var remedies: Set<Int> = []
        var start = 0
        for end in items.indices where end == items.count - 1 || items[end].meaning == .order(.sentence) {
            let sentence = start...end
            start = end + 1
            guard
                items[sentence].contains(where: { item in
                    item.meaning == .pastMarker && (word(item.first) == "last" || word(item.first + 1) == "last")
                }),
                !items[sentence].contains(where: Self.tellsLight)
            else { continue }
            for index in sentence {
                if case .context(let context) = items[index].meaning, Self.fixes.contains(context) {
                    remedies.insert(index)
                }
            }
        }
        return remedies
    }

    /// Whether an item tells something of the light: a colour or a kind.
    private static func tellsLight(_ item: TextItem) -> Bool {
        switch item.meaning {
        case .color, .kind, .lit, .stuckOn, .repeated, .alternation: return true
        default: return false
        }
    }

    /// Whether a question ends right before token `first` ("is it recording"), or a few fillers after it ("is that
    /// just the camera recording").
    private func asked(before first: Int) -> Bool {
        var end = first
        while true {
            let close = end
            if Self.questions.contains(where: { phrase in
                close >= phrase.count
                    && phrase.enumerated().allSatisfy { offset, expected in
                        word(close - phrase.count + offset) == expected
                    }
            }) {
                return true
            }
            guard end > 0, first - end < 3, Self.questionFillers.contains(word(end - 1)) else { return false }
            end -= 1
        }
    }

    /// Whether one of `phrases` stands in the few words right before token `first`.
    private func proposed(before first: Int, _ phrases: [[String]]) -> Bool {
        for start in max(0, first - Self.reach)..<first {
            for phrase in phrases where start + phrase.count <= first {
                if phrase.enumerated().allSatisfy({ offset, expected in word(start + offset) == expected }) {
                    return true
                }
            }
        }
        return false
    }
}
