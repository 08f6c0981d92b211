import LEDCore

/// A blink word said over and over counts the blinks, as a colour said over and over does ("red red red"): "red
/// blink, blink, blink, blink, blink after the blue light go off" is five red blinks, "red flash flash flash"
/// three. Only three or more in a row, joined by nothing or commas: "blinking, blinking" goes on blinking.
///
/// Runs before ``ResolvePass``.
struct RepeatedBlinkPass {
    /// The fewest blink words in a row that count.
    static let fewest = 3

    func run(_ items: [TextItem]) -> [TextItem] {
        TextItem.scan(items.count) { index, out in
            let item = items[index]
            guard item.meaning == .kind(.blink) else {
                out.append(item)
                return index + 1
            }
            var times = 1
            var last = index
            var probe = index + 1
            while probe < items.count {
                if items[probe].meaning == .order(.comma), probe + 1 < items.count,
                    items[probe + 1].meaning == .kind(.blink)
                {
                    probe += 1
                }
                guard items[probe].meaning == .kind(.blink) else { break }
                times += 1
                last = probe
                probe += 1
            }
            guard times >= Self.fewest else {
                out.append(item)
                return index + 1
            }
            out.append(item)
            out.append(TextItem(.count(.exactly(times)), items[index + 1].first, items[last].last))
            return last + 1
        }
    }
}
