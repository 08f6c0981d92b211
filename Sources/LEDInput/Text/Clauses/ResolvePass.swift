import LEDCore

/// Settles the meanings that depend on neighbours, after numbers are read:
/// - a colour said over and over ("red red red", "red, red, red") is one colour with a count;
/// - a negation changes the next item: "no blink" / "never blinks" → flag `noblink` (and no blink
///   event); "doesn't light up" → off; "won't stop" → continuous; "won't go into pairing mode" →
///   context `no-pairing-mode`; "no blue light" → off;
/// - "pairing mode" on its own is setup; a bare "on" is solid only right after a colour at the end of
///   a clause; "dark" before a colour is a shade ("dark blue");
/// - "to" that joins no numbers is a change ("from solid blue to blinking red" is "then");
/// - colours that take turns by repetition ("red blue red blue") alternate;
/// - "constant" / "stuck on" is a blinking that goes on when a blink follows in its clause ("constant red
///   blinking"), otherwise a solid light that goes on;
/// - a negated colour ("no green", "no blue or green") is an absent colour; a negated situation ("haven't
///   set it up yet") is no situation; a negation reaches past a change verb ("never turns blue", "never
///   goes into blinking blue");
/// - what is left of numbers and joining words that found no partner is dropped.

struct ResolvePass {
    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        var index = 0
        var skippedNegation = -1
        while index < items.count {
            let item = items[index]
            let next = index + 1 < items.count ? items[index + 1] : nil
            switch item.meaning {
            case .color(let color):
                if let (last, end) = blinkByDarkness(of: color, in: items, from: index) {
                    out.append(TextItem(.alternation([color]), item.first, last))
                    index = end
                    continue
                }
                if let (colors, last, end) = alternation(in: items, from: index) {
                    out.append(TextItem(.alternation(colors), item.first, last))
                    index = end
                    continue
                }
                let (times, last, end) = repeats(of: color, in: items, from: index)
                if times > 1 {
                    out.append(TextItem(.repeated(color, times), item.first, last))
                } else {
                    out.append(item)
                }
                index = end
                continue
            case .negation where skippedNegation == index:
                break  // already read with "pairing mode"
            case .negation:
                // The negated item: the next one, past change verbs and subjects ("never turns blue").
                var target = index + 1
                while target < items.count, target <= index + 3, Self.isPassedByNegation(items[target].meaning)
                    || Self.describesPulse(items[target].meaning) && target + 1 < items.count && Self.isBlink(items[target + 1].meaning)
                {
                    target += 1  // "won't do the slow blink"
                }
                let negated = target < items.count ? items[target] : nil
                if case .kind(.solid)? = negated?.meaning {
                    index = target + 1  // "not solid": neither a solid light nor a negation of anything else
                    continue
                }
                if case .color? = negated?.meaning {
                    let (colors, last, end) = absentColors(in: items, from: target)
                    if end < items.count, Self.isBlink(items[end].meaning) {
                        // "no red flashing at all": no red blinking — nothing, beside another light; else red dark.
                        out.append(TextItem(.absent(colors), item.first, items[end].last))
                        index = end + 1
                        continue
                    }
                    out.append(TextItem(.absent(colors), item.first, last))
                    index = end
                    continue
                }
                if target == index + 1, case .context(let context)? = negated?.meaning, context != .noPairingMode {
                    index = target + 1  // "haven't set it up yet": not that situation
                    continue
                }
                if let negated, let meaning = Self.negate(negated.meaning) {
                    out.append(item.spanning(negated, as: meaning))
                    index = target + 1
                    continue
                }
            case .pairingMode:
                // "it refuses to go into pairing mode", "pairing mode never starts": a negation anywhere in
                // its clause makes it no-pairing-mode.
                if let negation = Self.negationInClause(out, items, around: index) {
                    out.append(TextItem(.context(.noPairingMode), item.first, item.last))
                    if negation > index { skippedNegation = negation }
                } else {
                    out.append(TextItem(.context(.setup), item.first, item.last))
                }
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
            case .order(.before) where Self.startsSentence(out) && next.map({ if case .order(.comma) = $0.meaning { true } else { false } }) == true:
                // "Before, it was dark all the time; …": what it used to do.
                out.append(TextItem(.pastMarker, item.first, item.last))
                index += 2
                continue
            case .order(.before) where Self.endsClause(next?.meaning) && out.last?.meaning.describesLight == true:
                // "it was blinking red before, now …": what it used to do.
                out.append(TextItem(.pastMarker, item.first, item.last))
            case .to:
                // Not between numbers: a change, "from solid blue to blinking red".
                out.append(TextItem(.order(.then), item.first, item.last))
            case .constant:
                let blinks = Self.blinkFollows(in: items, after: index) || Self.blinkPrecedes(out)
                out.append(TextItem(blinks ? .continuous : .stuckOn, item.first, item.last))
            case .absentMarker:
                // "the green one I don't see": the colours said in this clause are absent.
                var colors: [LEDColor] = []
                var first = item.first
                while let last = out.last, !last.meaning.isJoin {
                    if case .color(let color) = last.meaning { colors.insert(color, at: 0) }
                    first = last.first
                    out.removeLast()
                }
                if !colors.isEmpty { out.append(TextItem(.absent(colors), first, item.last)) }
            case .appSays:
                // "the app says wait for the red flashing", "(the app says "press until the light flashes red")":
                // what someone expects is not what the light does, up to the next comma, "and" or sentence end.
                while index + 1 < items.count, !Self.endsExpectation(items[index + 1].meaning), !Self.isSituation(items[index + 1].meaning) {
                    index += 1
                }
            case .ignored:
                break
            case .endOfLight where Self.endsSituation(items, at: index, after: out.last):
                break  // "when it stops recording", "after the outage ended": not the light
            case .number, .numberWord, .timesMarker, .unit, .every, .between, .rangeJoin, .once, .countWord, .period, .meridiem:
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
        case .lit, .looseOn, .repeated: return .kind(.off)
        case .kind(.off), .dark: return .lit
        case .endOfLight: return .continuous
        case .pairingMode: return .context(.noPairingMode)
        default: return nil
        }
    }

    /// Whether `meaning` (the item after a bare "on") ends the clause.
    private static func endsClause(_ meaning: TextMeaning?) -> Bool {
        switch meaning {
        case nil, .order?, .together?, .count?, .duration?, .exactDuration?, .speed?, .continuous?, .flag?, .context?, .subject?,
            .presentMarker?:
            return true
        default:
            return false
        }
    }

    /// Whether the end word at `index` ends a situation rather than the light: a situation follows it
    /// ("stops recording", "turned off the 5 GHz band") or comes right before it ("the outage ended").
    private static func endsSituation(_ items: [TextItem], at index: Int, after previous: TextItem?) -> Bool {
        var next = index + 1
        if next < items.count, case .number = items[next].meaning { next += 1 }
        if next < items.count, case .context = items[next].meaning, items[next].first <= items[index].last + 3 { return true }
        if case .context? = previous?.meaning, let previous, previous.last + 1 == items[index].first { return true }
        return false
    }

    /// Items a negation reaches past to the word it negates: change verbs ("turns", "goes into"),
    /// subjects, devices and filler ("can't get my outdoor cam into pairing mode").
    private static func isPassedByNegation(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.then), .subject, .device, .ignored, .to: return true
        default: return false
        }
    }

    /// Whether a meaning ends what an "app says" expects: a comma, "and", "but" or a sentence end.
    private static func endsExpectation(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.comma), .order(.sentence), .together, .presentMarker: return true
        default: return false
        }
    }

    /// Words that describe a pulse: its speed or length.
    private static func describesPulse(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .speed, .duration: return true
        default: return false
        }
    }

    /// Whether a meaning names a situation (which an "app says" does not swallow).
    private static func isSituation(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .context, .pairingMode, .outage, .motionCue, .buttonPress: return true
        default: return false
        }
    }

    /// A negation in the clause around `index` (before it among the items read, or after it up to the
    /// clause's end): its index in `items` when after, `index` when before; nil when there is none.
    private static func negationInClause(_ out: [TextItem], _ items: [TextItem], around index: Int) -> Int? {
        for item in out.reversed() {
            if case .negation = item.meaning { return index }
            if item.meaning.isJoin, !Self.isTogether(item.meaning) { break }
        }
        // After it, past "and" and "but" ("… into pairing mode but it never does it"), unless the negation
        // is about the light ("in pairing mode, no blinking").
        var probe = index + 1
        while probe < items.count, probe <= index + 5 {
            if case .negation = items[probe].meaning {
                let negated = probe + 1 < items.count ? items[probe + 1].meaning : nil
                if let negated, negated.describesLight || Self.isBlink(negated) { return nil }
                return probe
            }
            if items[probe].meaning.isJoin, !Self.isTogether(items[probe].meaning), items[probe].meaning != .order(.comma) { break }
            probe += 1
        }
        return nil
    }

    private static func isBlink(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind(.blink), .kind(.alternating): return true
        default: return false
        }
    }

    private static func isTogether(_ meaning: TextMeaning) -> Bool {
        if case .together = meaning { return true }
        return false
    }

    /// Punctuation between colours said over and over ("red, red", "red... red... red").
    private static func separatesRepeats(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.comma), .order(.sentence): return true
        default: return false
        }
    }

    /// Whether the items so far end a sentence (or there are none).
    private static func startsSentence(_ out: [TextItem]) -> Bool {
        guard let last = out.last else { return true }
        switch last.meaning {
        case .order(.sentence), .order(.comma): return true  // "Quick question: before, it was dark …"
        default: return false
        }
    }

    /// Whether the clause before a "constant" said the light blinks ("red blink, constant").
    private static func blinkPrecedes(_ out: [TextItem]) -> Bool {
        for item in out.suffix(4).reversed() {
            switch item.meaning {
            case .kind(.blink), .kind(.alternating), .alternation: return true
            case .kind, .lit, .order(.then), .order(.after), .order(.before), .order(.when), .order(.sentence): return false
            default: continue
            }
        }
        return false
    }

    /// Whether a blink is said later in the clause that starts after `index` ("constant red blinking").
    private static func blinkFollows(in items: [TextItem], after index: Int) -> Bool {
        var probe = index + 1
        while probe < items.count, probe <= index + 4 {
            switch items[probe].meaning {
            case .kind(.blink), .kind(.alternating): return true
            case .order, .together, .negation: return false
            default: probe += 1
            }
        }
        return false
    }

    /// The colours a negation names from `start` ("no blue or green", "no red, blue or green"); the
    /// last one's last token, and the index after it.
    private func absentColors(in items: [TextItem], from start: Int) -> ([LEDColor], Int, Int) {
        var colors: [LEDColor] = []
        var last = items[start].last
        var index = start
        while index < items.count, case .color(let color) = items[index].meaning {
            if !colors.contains(color) { colors.append(color) }
            last = items[index].last
            index += 1
            guard index + 1 < items.count, case .color = items[index + 1].meaning else { break }
            switch items[index].meaning {
            case .rangeJoin, .together, .order(.comma), .negation: index += 1
            default: return (colors, last, index)
            }
        }
        return (colors, last, index)
    }

    /// A colour said in turn with darkness ("blue, off, blue, off"): it blinks. The last token and the
    /// index after the run.
    private func blinkByDarkness(of color: LEDColor, in items: [TextItem], from start: Int) -> (Int, Int)? {
        // Lit, dark and lit again at least: "blue, off, blue"; not "red, red, then dark".
        var sawDark = false
        var litAgain = false
        var onOff = false
        var colorSaid = false
        var last = items[start].last
        var index = start
        var end = start
        scan: while index < items.count {
            switch items[index].meaning {
            case .color(color) where !colorSaid || !onOff:
                colorSaid = true
                if sawDark { litAgain = true }
            case .looseOn, .lit:  // "red light: on, off, on, off"
                onOff = true
                if sawDark { litAgain = true }
            case .kind(.off), .dark: sawDark = true
            case .order(.comma), .order(.sentence), .order(.then): break
            default: break scan
            }
            if Self.separatesRepeats(items[index].meaning) || items[index].meaning == .order(.then) {} else {
                last = items[index].last
                end = index + 1
            }
            index += 1
        }
        return litAgain ? (last, end) : nil
    }

    /// Two or more colours taking turns, said by repeating them ("red blue red blue", "red, blue, red"):
    /// at least three colour words in a row (commas and `&` may sit between) in which a colour comes
    /// back after another. The colours, the last token, and the index after the run.
    private func alternation(in items: [TextItem], from start: Int) -> ([LEDColor], Int, Int)? {
        var sequence: [LEDColor] = []
        var last = items[start].last
        var index = start
        while index < items.count, case .color(let color) = items[index].meaning {
            sequence.append(color)
            last = items[index].last
            index += 1
            guard index < items.count else { break }
            if case .color = items[index].meaning { continue }
            guard index + 1 < items.count, case .color = items[index + 1].meaning else { break }
            switch items[index].meaning {
            case .order(.comma), .order(.then), .order(.sentence), .together, .to: index += 1  // "red to blue to red"
            default: break
            }
            guard case .color = items[index].meaning else { break }
        }
        guard sequence.count >= 3 else { return nil }
        var distinct: [LEDColor] = []
        var returns = false
        for (position, color) in sequence.enumerated() {
            if distinct.contains(color) {
                if position > 0, sequence[position - 1] != color { returns = true }
            } else {
                distinct.append(color)
            }
        }
        guard distinct.count >= 2, returns else { return nil }
        return (distinct.sorted(), last, index)
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
            } else if Self.separatesRepeats(items[index].meaning), index + 1 < items.count,
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
