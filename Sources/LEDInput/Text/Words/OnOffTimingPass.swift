import LEDCore
import LEDVocabulary

/// Reads a pulse told by its on- and off-times: "on for half a second, off for half a second",
/// "red on ~0.5 s / off ~0.5 s", "on 1 s off 1 s", "lit for 2 seconds and dark for 2 seconds", "1 second on
/// and 1 second off", "on for a second, off for a second". The two
/// lengths are one pulse's timing, and their sum its period (so its speed), not the lengths of a lit
/// event and a dark one. Runs after ``NumberPass``, which has made the lengths.
struct OnOffTimingPass {
    let vocabulary: TimingVocabulary
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// Either half of a pulse longer than this is a light that stays on or off, not a pulse.
    static let longestHalf = 10.0

    func run(_ items: [TextItem]) -> [TextItem] {
        TextItem.scan(items.count) { index, out in
            if let (timing, end) = pulse(in: items, at: index), let period = timing.period {
                let item = TextItem(
                    .pulseTiming(timing, vocabulary.speed(forPeriod: period)), items[index].first,
                    items[end - 1].last)
                out.append(item)
                return end
            }
            out.append(items[index])
            return index + 1
        }
    }

    /// The timing said from `index` ("on" length [separator] "off" length, or length "on" [separator] length
    /// "off") and the index after it.
    private func pulse(in items: [TextItem], at index: Int) -> (PulseTiming, Int)? {
        guard index + 1 < items.count else { return nil }
        let lengthFirst = seconds(items[index]) != nil
        let (onWord, onLength) = lengthFirst ? (index + 1, index) : (index, index + 1)
        guard Self.isOn(items[onWord].meaning), let on = seconds(items[onLength]) else { return nil }
        var next = index + 2
        if next < items.count, Self.separates(items[next].meaning) { next += 1 }
        guard next + 1 < items.count else { return nil }
        let (offWord, offLength) = lengthFirst ? (next + 1, next) : (next, next + 1)
        guard Self.isOff(items[offWord].meaning), let off = seconds(items[offLength]) else { return nil }
        guard on <= Self.longestHalf, off <= Self.longestHalf else { return nil }
        return (PulseTiming(on: on, off: off), next + 2)
    }

    private static func isOn(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .looseOn, .lit: return true
        default: return false
        }
    }

    private static func isOff(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind(.off), .dark: return true
        default: return false
        }
    }

    /// What may stand between the two halves: a comma, "and", "then".
    private static func separates(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.comma), .order(.then), .together: return true
        default: return false
        }
    }

    /// The seconds of a stated length, when it has them; "a second", "for a sec" are one.
    private func seconds(_ item: TextItem) -> Double? {
        switch item.meaning {
        case .exactDuration(let duration): return duration.seconds
        case .duration(.brief) where ["second", "sec"].contains(word(item.last)) && word(item.last - 1) == "a":
            return 1
        default: return nil
        }
    }
}
