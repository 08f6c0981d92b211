import LEDCore

/// Drops a fix that a question proposes rather than reports: "Is it time for new batteries?", "Do I need
/// to change the batteries?", "Should I unplug it or reset it?" ask about a fix; nothing was done yet. Runs
/// with word access before ``ResolvePass``.
struct ProposalPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// Situations that are fixes someone may propose (not what happens to the light: setup, motion, …).
    static let fixes: Set<ObservationContext> = [.newBatteries, .afterReset, .powerCycle, .networkChange]
    /// Words that propose what follows them.
    static let proposals: [[String]] = [
        ["time", "for"], ["time", "to"], ["do", "i", "need"], ["do", "we", "need"], ["should", "i"],
        ["should", "we"], ["shall", "i"], ["shall", "we"], ["do", "i", "have", "to"], ["must", "i"],
        ["would", "it", "help"], ["will", "it", "help"], ["is", "it", "worth"],
    ]
    /// How many words before a situation a proposal may stand ("should I unplug it or reset it").
    static let reach = 6

    func run(_ items: [TextItem]) -> [TextItem] {
        items.filter { item in
            guard case .context(let context) = item.meaning, Self.fixes.contains(context) else { return true }
            return !proposed(before: item.first)
        }
    }

    /// Whether a proposal stands in the few words right before token `first`.
    private func proposed(before first: Int) -> Bool {
        for start in max(0, first - Self.reach)..<first {
            for phrase in Self.proposals where start + phrase.count <= first {
                if phrase.enumerated().allSatisfy({ offset, expected in word(start + offset) == expected }) {
                    return true
                }
            }
        }
        return false
    }
}
