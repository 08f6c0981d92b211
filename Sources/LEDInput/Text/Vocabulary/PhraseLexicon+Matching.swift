import LEDVocabulary

extension PhraseLexicon {
    /// The longest phrase that starts at token `start`: the index of its last token and its meaning.
    /// Skippable words may sit between the phrase's words (at most two in a row) — both readings of a
    /// skippable word are tried, so "hold the reset button" finds "hold reset button" although "hold
    /// the button" is a phrase too — but a phrase never ends on a word it skipped.
    ///
    /// `deviceEnd`, when given, tells where a device name starting at a token ends: one device name may sit
    /// inside a phrase after its first word ("pulled the XR's plug", "reset the Sync Module 2"); the
    /// phrase's `device` is then where it sat.
    func longestMatch(
        in tokens: [TextToken], from start: Int, deviceEnd: ((Int) -> Int?)? = nil
    ) -> (last: Int, meaning: TextMeaning, device: ClosedRange<Int>?)? {
        guard let id = tokens[start].wordID, let first = edges[UInt64(id)] else { return nil }
        var best = Best()
        if meaningIDs[Int(first)] != 0 { (best.last, best.node) = (start, first) }
        var walk = Walk(tokens: tokens, deviceEnd: deviceEnd)
        visit(first, start + 1, 0, &walk, &best)
        guard best.node >= 0, let meaning = meaning(at: Int(best.node)) else { return nil }
        return (best.last, meaning, best.device)
    }

    /// The longest phrase end found so far, and the device name it passed over.
    private struct Best {
        var last = -1
        var node: Int32 = -1
        var device: ClosedRange<Int>?
    }

    /// What a walk through the trie reads: the tokens, where device names end, the device name passed over.
    private struct Walk {
        var tokens: [TextToken]
        var deviceEnd: ((Int) -> Int?)?
        var device: ClosedRange<Int>?
    }

    /// Follows the trie from `node` at token `index`, recording the longest phrase end.
    private func visit(_ node: Int32, _ index: Int, _ skipped: Int, _ walk: inout Walk, _ best: inout Best) {
        guard index < walk.tokens.count else { return }
        let token = walk.tokens[index]
        guard token.gap != .broken else { return }
        if walk.device == nil, let deviceEnd = walk.deviceEnd, let last = deviceEnd(index) {
            walk.device = index...last
            visit(node, last + 1, 0, &walk, &best)
            walk.device = nil
        }
        guard let id = token.wordID else { return }
        if let next = edges[UInt64(node) << 32 | UInt64(id)] {
            if meaningIDs[Int(next)] != 0, index > best.last {
                (best.last, best.node, best.device) = (index, next, walk.device)
            }
            visit(next, index + 1, 0, &walk, &best)
        }
        if skipped < 2, skippableIDs[Int(id)] { visit(node, index + 1, skipped + 1, &walk, &best) }
    }
}
