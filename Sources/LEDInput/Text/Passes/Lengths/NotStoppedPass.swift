import LEDVocabulary

/// Reads "hasn't stopped" ("It's 11:45 and the red light hasn't stopped flashing", "started at noon and
/// hasn't stopped since") as "still": the light goes on without end, and it began before the clause, so a
/// time of day said with it or after it ends a length that began at the time said before it. "Hasn't
/// changed" ("13:30 now and it hasn't changed") is a "still" too.
///
/// Runs after ``StoppedBlinkingPass`` and before ``ResolvePass``: the negation becomes ``TextMeaning/still``
/// and the end ``TextMeaning/continuous``, which is what ResolvePass would make of the pair.
struct NotStoppedPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// Negations in the perfect, which say the light has gone on up to now.
    static let perfect: Set<String> = [
        "hasn't", "hasnt", "has not", "haven't", "havent", "have not", "has never", "have never",
    ]

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        var index = 0
        while index < items.count {
            let item = items[index]
            // "At 13:30 it hasn't changed": the light told before goes on, as "still the same" says.
            if case .negation = item.meaning, index + 1 < items.count, case .order(.then) = items[index + 1].meaning,
                items[index + 1].first == item.last + 1, items[index + 1].first == items[index + 1].last,
                word(items[index + 1].first) == "changed", Self.perfect.contains(words(item)),
                !(index + 2 < items.count && items[index + 2].meaning.describesLight)
            {
                out.append(TextItem(.still, item.first, items[index + 1].last))
                index += 2
                continue
            }
            guard case .negation = item.meaning, index + 1 < items.count,
                case .endOfLight = items[index + 1].meaning, items[index + 1].first == item.last + 1,
                items[index + 1].first == items[index + 1].last,
                StoppedBlinkingPass.stopWords.contains(word(items[index + 1].first)),
                Self.perfect.contains(words(item)),
                !startTimed(items, before: index)
            else {
                out.append(item)
                index += 1
                continue
            }
            out.append(TextItem(.still, item.first, item.last))
            out.append(TextItem(.continuous, items[index + 1].first, items[index + 1].last))
            index += 2
        }
        return out
    }

    /// Whether the light of the sentence is timed before the negation at `index` ("started flashing red at noon
    /// and hasn't stopped"): the time is its start, and what follows is left as a blinking without end. A time
    /// said before the light ("It's 11:45 and the red light hasn't stopped") is the time now.
    private func startTimed(_ items: [TextItem], before index: Int) -> Bool {
        var sawClock = false
        var probe = index - 1
        while probe >= 0 {
            switch items[probe].meaning {
            case .order(.sentence): return false
            case .clockTime: sawClock = true
            case .color, .kind: if sawClock { return true }
            default: break
            }
            probe -= 1
        }
        return false
    }

    /// The words of an item, one space between them.
    private func words(_ item: TextItem) -> String {
        (item.first...item.last).map(word).filter { !$0.isEmpty }.joined(separator: " ")
    }
}
