/// Tidies the words between clauses: a run such as ", and then" or ", right after" becomes one
/// separator, and "after 10 seconds" (a length, not an event) becomes "lasting 10 seconds, then".
///
/// In a run, "then" (and "before") outrank "after" / "when", which outrank a comma or full stop,
/// which outrank "and": ", right after the blue light goes off" orders by "after", while
/// "then, after reset, …" stays a sequence.
struct SeparatorPass {
    func run(_ items: [TextItem]) -> [TextItem] {
        TextItem.scan(items.count) { index, out in
            let item = items[index]
            guard item.meaning.isJoin else {
                out.append(item)
                return index + 1
            }
            var merged = item
            var end = index + 1
            var saysAfter = Self.reverses(item.meaning)
            var sentence: TextItem? = Self.endsSentence(item.meaning) ? item : nil
            // A sentence end starts a run of its own: "sorry to bother you. When someone walks up, …" keeps its "when".
            while end < items.count, items[end].meaning.isJoin,
                !Self.endsSentence(items[end].meaning) || Self.endsSentence(merged.meaning)
            {
                saysAfter = saysAfter || Self.reverses(items[end].meaning)
                if Self.endsSentence(items[end].meaning) { sentence = items[end] }
                if Self.rank(items[end].meaning) > Self.rank(merged.meaning) {
                    merged = merged.spanning(items[end], as: items[end].meaning)
                } else {
                    merged = merged.spanning(items[end], as: merged.meaning)
                }
                end += 1
            }
            if saysAfter, end < items.count, Self.isLength(items[end].meaning) {
                // "solid blue, (then) after 10 seconds it blinks red": the length belongs to the blue.
                out.append(items[end])
                out.append(TextItem(.order(.then), merged.first, merged.last))
                return end + 1
            }
            // ". When the recording stops, …": the sentence still ends, so "when" orders only its own sentence.
            if let sentence, Self.reverses(merged.meaning) { out.append(sentence) }
            out.append(merged)
            return end
        }
    }

    private static func endsSentence(_ meaning: TextMeaning) -> Bool {
        if case .order(.sentence) = meaning { return true }
        return false
    }

    private static func rank(_ meaning: TextMeaning) -> Int {
        switch meaning {
        case .order(.then), .order(.before): return 4
        case .order(.after), .order(.when): return 3
        case .order: return 2
        default: return 1
        }
    }

    private static func reverses(_ meaning: TextMeaning) -> Bool {
        if case .order(let order) = meaning { return order.reverses }
        return false
    }

    private static func isLength(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .duration, .exactDuration: return true
        default: return false
        }
    }
}
