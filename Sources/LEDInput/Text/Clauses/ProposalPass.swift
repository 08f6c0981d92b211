/// Drops a situation that a question proposes rather than reports: "Is it time for new batteries?", "Do I
/// need new batteries?", "Should I put new batteries in?" ask about a fix; the batteries were not changed.
/// Runs with word access before ``ResolvePass``.
struct ProposalPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// Words that, right before a situation (two or three words back at most), propose it.
    static let proposals: [[String]] = [
        ["time", "for"], ["time", "to"], ["do", "i", "need"], ["do", "we", "need"], ["should", "i"],
        ["should", "we"], ["shall", "i"], ["do", "i", "have", "to"], ["need", "to"], ["i", "need"],
        ["would"], ["will"],
    ]

    func run(_ items: [TextItem]) -> [TextItem] {
        items.filter { item in
            guard case .context(.newBatteries) = item.meaning else { return true }
            return !proposed(before: item.first)
        }
    }

    /// Whether the words right before token `first` (a filler word like "some", "get" or "put" aside)
    /// propose what follows.
    private func proposed(before first: Int) -> Bool {
        var end = first - 1
        if ["some", "get", "put", "buy", "try", "a", "the"].contains(word(end)) { end -= 1 }
        return Self.proposals.contains { phrase in
            let start = end - phrase.count + 1
            guard start >= 0 else { return false }
            return phrase.enumerated().allSatisfy { offset, expected in word(start + offset) == expected }
        }
    }
}
