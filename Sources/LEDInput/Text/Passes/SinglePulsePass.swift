import LEDVocabulary

/// In other grammars the shortness may come before the article ("makes shortly a red blink") or the article may
/// be left out after a verb of making ("the light make small red flash"): each pulse is brief, and how many is
/// left to a count said with it.
///
/// Reads one short pulse said with an article ("a quick red blink", "a little red flicker", "a short flash")
/// as one blink, brief: "quick" there is how long the pulse lasts, not how fast a light blinks. A clause that
/// counts the pulses itself ("two times a short red flash", "a quick red flash 5 times") keeps its count, and a
/// pulse named as a series ("a little red flicker routine") is many.
///
/// Runs after ``LightNamingPass`` and before ``ResolvePass``.
struct SinglePulsePass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// A pulse named as one thing.
    static let pulses: Set<String> = ["blink", "flash", "flicker", "wink", "blip", "pulse", "twinkle"]
    /// Words that make it short.
    static let short: Set<String> = [
        "quick", "short", "little", "small", "tiny", "brief", "quick little", "wee", "lil", "teeny", "teensy",
    ]
    /// Words after the pulse that make it many: "a little red flicker routine".
    static let series: Set<String> = [
        "routine", "pattern", "sequence", "series", "thing", "show", "dance", "burst", "bursts", "cycle", "loop",
    ]
    /// Words that make it one.
    static let articles: Set<String> = ["a", "an", "one", "single"]

    func run(_ items: [TextItem]) -> [TextItem] {
        var out = items
        // Later changes first keep the indices of earlier ones.
        for index in items.indices.reversed() {
            guard items[index].meaning == .kind(.blink), items[index].first == items[index].last,
                Self.pulses.contains(word(items[index].first))
            else { continue }
            var token = items[index].first - 1
            var before = index - 1
            if before >= 0, items[before].meaning.isColor, items[before].last == token {
                token = items[before].first - 1
                before -= 1
            }
            // "a quick red flash or two": one or two of them, each brief.
            let orTwo = index + 1 < items.count && items[index + 1].meaning == .count(.between(1, 2))
            guard token >= 1, !Self.series.contains(word(items[index].last + 1)) else { continue }
            if let said = spokenShort(before: token) {
                // "makes shortly a red blink, two times maybe", "the light make small red flash": each pulse brief;
                // how many is left to a count said after it.
                let brief = TextItem(.duration(.brief), said, said)
                var pulse = index
                if before >= 0, items[before].first == said, items[before].last == said,
                    Self.isPulseWord(items[before].meaning)
                {
                    out.remove(at: before)
                    pulse -= 1
                }
                out.insert(brief, at: pulse)
                continue
            }
            guard Self.short.contains(word(token)), Self.articles.contains(word(token - 1)),
                orTwo || !Self.clauseCounts(items, around: index)
            else { continue }
            // The item "quick" or "short" was read as (a speed, a length), if any, gives way; the count and the
            // length go in right before the pulse word.
            var pulse = index
            if before >= 0, items[before].first == token, items[before].last == token,
                Self.isPulseWord(items[before].meaning)
            {
                out.remove(at: before)
                pulse -= 1
            }
            let brief = TextItem(.duration(.brief), token, token)
            out.insert(
                contentsOf: orTwo ? [brief] : [TextItem(.count(.exactly(1)), token - 1, token - 1), brief], at: pulse)
        }
        return out
    }

    /// Adverbs of shortness said before the article, as in other grammars: "makes shortly a red blink".
    static let shortAdverbs: Set<String> = ["shortly", "briefly"]
    /// Verbs that make a pulse, after which the article may be left out: "the light make small red flash".
    static let makeVerbs: Set<String> = ["make", "makes", "made", "give", "gives", "gave", "do", "does", "did"]

    /// The token of a short pulse said without the usual "a quick": "shortly a (red) blink" (the adverb before
    /// the article at `token`), or "make small (red) flash" (a short word at `token` right after a verb of
    /// making, with no article).
    private func spokenShort(before token: Int) -> Int? {
        if Self.articles.contains(word(token)), Self.shortAdverbs.contains(word(token - 1)) { return token - 1 }
        if Self.short.contains(word(token)), Self.makeVerbs.contains(word(token - 1)) { return token }
        return nil
    }

    private static func isPulseWord(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .speed, .duration: return true
        default: return false
        }
    }

    /// Whether the clause around `index` states a count of its own.
    private static func clauseCounts(_ items: [TextItem], around index: Int) -> Bool {
        func counts(_ meaning: TextMeaning) -> Bool {
            switch meaning {
            case .count, .countWord, .bareCount, .number, .numberWord, .timesMarker, .once: return true
            default: return false
            }
        }
        // Up to the joins on either side ("two times a short red flash"; a comma ends the clause).
        let before = items[..<index].reversed().prefix { !$0.meaning.isJoin }
        let after = items[(index + 1)...].prefix { !$0.meaning.isJoin }
        return before.contains { counts($0.meaning) } || after.contains { counts($0.meaning) }
    }
}
