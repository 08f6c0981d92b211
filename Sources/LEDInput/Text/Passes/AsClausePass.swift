import LEDCore

/// "flashed red five times as the blue went out", "red x6 as the recording light goes off": an "as" opening a
/// clause whose light ends is "when" — the light that ends came first — not another colour of the same
/// blink (which read as red and blue taking turns). So is an "as" right before someone who moves ("the blue
/// light came on as my son walked in"). Other uses of "as" ("as expected", "as well", "as the app says") are
/// left alone: the clause must name a light and its end within a few words, or a mover.
///
/// Runs before ``ResolvePass``.
struct AsClausePass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// How many tokens after "as" the light may be named, and its end after the light.
    static let reach = 4

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if let asToken = opening(items, at: index), out.last?.meaning != .order(.when) {
                out.append(TextItem(.order(.when), asToken, asToken))
            }
            out.append(item)
        }
        return out
    }

    /// The token of the "as" right before the light at `index`, when the light ends soon after it, or right
    /// before someone who moves ("came on as my son walked in": when he walked in, the motion).
    private func opening(_ items: [TextItem], at index: Int) -> Int? {
        switch items[index].meaning {
        case .color, .recordingLight: break
        case .mover:
            guard let asToken = asToken(before: items[index].first, within: 2, items) else { return nil }
            // and moves right after ("walked in"): not "as the neighbours had been using it", "as my son says"
            let moves = items[(index + 1)...].prefix(2).contains { item in
                item.meaning == .context(.motion) || item.meaning == .motionCue || item.meaning == .mover
            }
            return moves ? asToken : nil
        default: return nil
        }
        guard let asToken = asToken(before: items[index].first, within: Self.reach, items) else { return nil }
        let ends = items[(index + 1)...].prefix(2).contains { item in
            guard item.first <= items[index].last + Self.reach else { return false }
            switch item.meaning {
            case .kind(.off), .endOfLight: return true
            default: return false
            }
        }
        return ends ? asToken : nil
    }

    /// The token of an "as" at most `reach` tokens before token `start`, with no item between — not the second
    /// "as" of "as … as", nor "such as", "same as", "just as".
    private func asToken(before start: Int, within reach: Int, _ items: [TextItem]) -> Int? {
        guard let token = (max(0, start - reach)..<start).last(where: { word($0) == "as" }),
            !["as", "such", "same", "just"].contains(word(token - 1)),
            !items.contains(where: { $0.first > token && $0.first < start })
        else { return nil }
        return token
    }
}
