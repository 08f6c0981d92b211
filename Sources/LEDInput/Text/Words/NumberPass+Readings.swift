import LEDCore
import LEDVocabulary

/// Numbers no light can do, read rather than refused: a reasonable sentence is never "not read" for a
/// number in it. "blink count 0", "blinks 0 times" is a light that does not blink; "-3 times" (a dash
/// before the number) is 3; "2.5 times" is 2 or 3; a count past ``BlinkCountLimits/maximum`` is a blinking
/// without end; "for -5 seconds" is 5 seconds, "for 0 seconds" a brief one, a length past what the
/// canonical string carries goes on without end. Each says so in ``NumberPass/warnings``.
extension NumberPass {
    /// What a stated count reads as.
    enum CountReading: Equatable {
        /// So many pulses.
        case pulses(BlinkCount)
        /// None at all: the light does not blink.
        case none
        /// More than any burst: it blinks without end.
        case endless
    }

    /// The count the number (or range) of `group` states.
    mutating func countReading(_ group: Group) -> CountReading {
        let low = countValue(group.low, group)
        guard let highValue = group.high else { return low }
        let high = countValue(highValue, group)
        switch (low, high) {
        case (.pulses(let a), .pulses(let b)):
            let lower = Self.bounds(a).lower
            let upper = Self.bounds(b).upper
            if lower == upper { return .pulses(.exactly(lower)) }
            return .pulses(.between(min(lower, upper), max(lower, upper)))
        case (.none, .pulses(let b)): return .pulses(b)  // "0 or 1 times": at most one
        case (.endless, _), (_, .endless): return .endless
        case (let other, _): return other
        }
    }

    /// Appends what a count reads as: `.count` (or `.bareCount`), no blink, or a blinking without end.
    mutating func appendCount(
        _ group: Group, bare: Bool = false, first: Int, last: Int, into out: inout [TextItem]
    ) {
        switch countReading(group) {
        case .pulses(let count):
            out.append(TextItem(bare ? .bareCount(count) : .count(count), first, last))
        case .endless:
            out.append(TextItem(.kind(.blink), first, last))
            out.append(TextItem(.continuous, first, last))
        case .none:
            // "blinks 0 times", "blink count 0", "flashes red 0 times": the blink said just before is denied.
            // ("blink count: 0", "blinks 0 times red", "flashes red 0 times")
            if let blink = out.indices.suffix(3).last(where: { out[$0].meaning == .kind(.blink) }),
                out[(blink + 1)...].allSatisfy({ Self.betweenBlinkAndCount($0.meaning) })
            {
                out[blink] = TextItem(.negatedBlink, out[blink].first, out[blink].last)
            } else {
                out.append(TextItem(.flag(.noBlink), first, last))
            }
        }
    }

    private static func betweenBlinkAndCount(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .color, .order(.comma): return true
        default: return false
        }
    }

    private mutating func countValue(_ number: NumberLiteral, _ group: Group) -> CountReading {
        let typed = text(group.first, group.last)
        let magnitude = abs(number.value)
        if number.value < 0 {
            warnings.append("read \"\(typed)\" as a count of \(Self.plain(magnitude)): a count cannot be negative")
        }
        guard magnitude.isFinite, magnitude <= Double(BlinkCountLimits.maximum) else {
            warnings.append(
                "read \"\(typed)\" as blinking without end: no burst is longer than \(BlinkCountLimits.maximum)")
            return .endless
        }
        if magnitude == 0 { return .none }
        guard magnitude == magnitude.rounded(.towardZero) else {
            let lower = max(1, Int(magnitude.rounded(.down)))
            let upper = max(1, Int(magnitude.rounded(.up)))
            warnings.append("read \"\(typed)\" as \(lower == upper ? "\(lower)" : "\(lower) or \(upper)") blinks")
            return .pulses(lower == upper ? .exactly(lower) : .between(lower, upper))
        }
        return .pulses(.exactly(Int(magnitude)))
    }

    private static func bounds(_ count: BlinkCount) -> (lower: Int, upper: Int) {
        switch count {
        case .exactly(let n): return (n, n)
        case .between(let a, let b): return (a, b)
        case .few: return (2, 4)
        case .several: return (3, 7)
        }
    }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() && value < 1e15 ? String(Int(value)) : String(value)
    }

    /// A stated length; a range keeps only the bucket of its upper end.
    mutating func duration(_ group: Group, unit: Double, last: Int) -> EventDuration {
        let typed = text(group.first, last)
        var low = group.low.value * unit
        var high = (group.high?.value ?? group.low.value) * unit
        if low < 0 || high < 0 {
            warnings.append("read \"\(typed)\" without its minus sign: a length cannot be negative")
            (low, high) = (abs(low), abs(high))
        }
        guard low.isFinite, high.isFinite, max(low, high) < Self.longestDuration else {
            warnings.append("read \"\(typed)\" as without end: it is longer than any light has been watched")
            return EventDuration(.continuous)
        }
        guard max(low, high) > 0 else {
            warnings.append("read \"\(typed)\" as brief: a length of 0 is over at once")
            return EventDuration(.brief)
        }
        if group.high != nil { return EventDuration(vocabulary.bucket(forSeconds: max(low, high))) }
        let seconds = CanonicalSeconds.rounded(low)
        guard seconds > 0 else { return EventDuration(.brief) }
        return EventDuration(seconds: seconds, vocabulary: vocabulary)
    }
}
