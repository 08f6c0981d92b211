import LEDCore

/// Blink periods: "every 2 seconds", "3 times a second" as a speed.
extension NumberPass {
    /// "every 2 seconds", "every second", "every few seconds" → a speed.
    func finishEvery(_ items: [TextItem], at index: Int, into out: inout [TextItem]) -> Int {
        let first = items[index].first
        if index + 1 < items.count, case .duration(.seconds) = items[index + 1].meaning {
            appendPeriod(3, first, items[index + 1].last, into: &out)  // "once every several seconds"
            return index + 2
        }
        // "every half second": a length said as the period.
        if index + 1 < items.count, case .exactDuration(let length) = items[index + 1].meaning,
            let seconds = length.seconds
        {
            appendPeriod(seconds, first, items[index + 1].last, into: &out)
            return index + 2
        }
        if index + 1 < items.count, case .unit(let unit) = items[index + 1].meaning {
            appendPeriod(unit, first, items[index + 1].last, into: &out)
            return index + 2
        }
        if let group = group(items, at: index + 1), group.next < items.count,
            case .unit(let unit) = items[group.next].meaning
        {
            let value = group.high.map { (group.low.value + $0.value) / 2 } ?? group.low.value
            appendPeriod(value * unit, first, items[group.next].last, into: &out)
            return group.next + 1
        }
        return index + 1
    }

    /// A period of `seconds` as the speed it gives, when it is short enough to be a blink's. A light said to
    /// come on in its clause ("the red light goes on once every 4 or 5 seconds", "lights up every 10 seconds")
    /// comes on again and again: it blinks.
    func appendPeriod(_ seconds: Double, _ first: Int, _ last: Int, into out: inout [TextItem]) {
        guard seconds > 0, seconds <= Self.longestPeriod else { return }
        for index in out.indices.reversed() {
            switch out[index].meaning {
            case .lit, .looseOn:
                out[index].meaning = .kind(.blink)
            case .color, .once, .count, .duration, .exactDuration, .speed, .ignored:
                continue
            default:
                break
            }
            break
        }
        out.append(TextItem(.speed(vocabulary.speed(forPeriod: seconds)), first, last))
    }

    /// The rate said after a number and the blink ("1 flash/s", "~1 flash per second"): the seconds per
    /// blink and the index of the rate's last item, or nil when no rate follows the blink.
    func rateAfterBlink(_ group: Group, _ items: [TextItem]) -> (unit: Double, last: Int)? {
        let rateAt = group.next + 1
        guard rateAt < items.count else { return nil }
        if case .ratePer(let unit) = items[rateAt].meaning { return (unit, rateAt) }
        guard text(items[rateAt].first, items[rateAt].last) == "/", rateAt + 1 < items.count,
            case .unit(let unit) = items[rateAt + 1].meaning
        else { return nil }
        return (unit, rateAt + 1)
    }

    /// "1 flash/s", "~1 flash per second": the blink, then its period — a pace, not a count of one.
    func appendRateAfterBlink(_ group: Group, _ items: [TextItem], into out: inout [TextItem]) -> Int {
        guard let rate = rateAfterBlink(group, items) else { return group.next }
        out.append(items[group.next])
        appendPeriod(rate.unit / max(group.low.value, 1), group.first, items[rate.last].last, into: &out)
        return rate.last + 1
    }
}
