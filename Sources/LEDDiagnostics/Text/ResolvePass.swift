/// Settles the meanings that depend on neighbours, after numbers are read:
/// - a colour said over and over ("red red red", "red, red, red") is one colour with a count;
/// - a negation changes the next item: "no blink" / "never blinks" → flag `noblink` (and no blink
///   event); "doesn't light up" → off; "won't stop" → continuous; "won't go into pairing mode" →
///   context `no-pairing-mode`; "no blue light" → off;
/// - "pairing mode" on its own is setup; a bare "on" is solid only right after a colour at the end of
///   a clause; "dark" before a colour is a shade ("dark blue");
/// - "to" that joins no numbers is a change ("from solid blue to blinking red" is "then");
/// - what is left of numbers and joining words that found no partner is dropped.
struct ResolvePass {
    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        var index = 0
        while index < items.count {
            let item = items[index]
            let next = index + 1 < items.count ? items[index + 1] : nil
            switch item.meaning {
            case .color(let color):
                let (times, last, end) = repeats(of: color, in: items, from: index)
                if times > 1 {
                    out.append(TextItem(.repeated(color, times), item.first, last))
                } else {
                    out.append(item)
                }
                index = end
                continue
            case .negation:
                if case .kind(.solid)? = next?.meaning {
                    index += 2  // "not solid": neither a solid light nor a negation of anything else
                    continue
                }
                if let next, let negated = Self.negate(next.meaning) {
                    out.append(item.spanning(next, as: negated))
                    index += 2
                    continue
                }
            case .pairingMode:
                out.append(TextItem(.context(.setup), item.first, item.last))
            case .looseOn:
                let afterColor: Bool
                switch out.last?.meaning {
                case .color?, .repeated?: afterColor = true
                default: afterColor = false
                }
                if afterColor, Self.endsClause(next?.meaning) {
                    out.append(TextItem(.kind(.solid), item.first, item.last))
                }
            case .dark:
                if let next, case .color = next.meaning, next.first == item.last + 1 {
                    break  // a shade: "dark blue"
                }
                out.append(TextItem(.kind(.off), item.first, item.last))
            case .to:
                // Not between numbers: a change, "from solid blue to blinking red".
                out.append(TextItem(.order(.then), item.first, item.last))
            case .number, .numberWord, .timesMarker, .unit, .every, .between, .rangeJoin, .once, .countWord, .period:
                break
            default:
                out.append(item)
            }
            index += 1
        }
        return out
    }

    /// What a negated meaning becomes, or nil when the negation has no effect on it.
    static func negate(_ meaning: TextMeaning) -> TextMeaning? {
        switch meaning {
        case .kind(.blink), .kind(.alternating): return .flag(.noBlink)
        case .lit, .looseOn, .color, .repeated: return .kind(.off)
        case .kind(.off), .dark: return .lit
        case .endOfLight: return .continuous
        case .pairingMode: return .context(.noPairingMode)
        default: return nil
        }
    }

    /// Whether `meaning` (the item after a bare "on") ends the clause.
    private static func endsClause(_ meaning: TextMeaning?) -> Bool {
        switch meaning {
        case nil, .order?, .together?, .count?, .duration?, .exactDuration?, .speed?, .continuous?, .flag?, .context?:
            return true
        default:
            return false
        }
    }

    /// How often `color` repeats from `start`, next to itself or separated by commas only; the last
    /// repeat's last token, and the index after it.
    private func repeats(of color: LEDColor, in items: [TextItem], from start: Int) -> (Int, Int, Int) {
        var times = 1
        var last = items[start].last
        var index = start + 1
        while index < items.count {
            if case .color(color) = items[index].meaning {
                times += 1
                last = items[index].last
                index += 1
            } else if case .order(.comma) = items[index].meaning, index + 1 < items.count,
                case .color(color) = items[index + 1].meaning
            {
                index += 1
            } else {
                break
            }
        }
        return (times, last, index)
    }
}
