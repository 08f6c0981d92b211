import LEDCore
import LEDVocabulary

/// The item patterns `ResolvePass` looks for: colours said to be off, a blink told by its darkness,
/// alternation and repeats, a correction said after the colour it corrects.
extension ResolvePass {
    /// Whether the meaning is a blink or colours taking turns.
    static func isBlink(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind(.blink), .kind(.alternating): return true
        default: return false
        }
    }

    /// Punctuation between colours said over and over ("red, red", "red... red... red").
    static func separatesRepeats(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.comma), .order(.sentence): return true
        default: return false
        }
    }

    /// Whether the correction marker at `index` follows the colour it corrects ("green, ugh, red I mean,"): a
    /// colour right before it, a colour said earlier, and a comma, a sentence end or nothing after it.
    static func correctsColorBefore(_ items: [TextItem], at index: Int, after out: [TextItem]) -> Bool {
        guard let last = out.last, last.meaning.isColor, out.dropLast().contains(where: \.meaning.isColor) else {
            return false
        }
        guard index + 1 < items.count else { return true }
        switch items[index + 1].meaning {
        case .order(.comma), .order(.sentence): return true
        default: return false
        }
    }

    /// Whether a colour said "off" at `index` is a light going out before another colour's turn: the
    /// next clause names another colour, and this one was lit before ("13:10 blue light on. 13:11 blue
    /// off, red blinks 6 times") or is the blue recording light ("when recording finish, blue lamp off
    /// and red lamp blink").
    static func wentOffBeforeAnother(_ items: [TextItem], at index: Int, after out: [TextItem]) -> Bool {
        guard case .color(let color)? = out.last?.meaning else { return false }
        var next = index + 1
        while next < items.count, next <= index + 3, Self.joinsClauses(items[next].meaning) { next += 1 }
        guard next > index + 1 else { return false }
        // The next clause's colour, past its subject and count ("and just after it make five little red flashes").
        var other: LEDColor?
        for probe in next..<min(items.count, next + 4) {
            if case .color(let named) = items[probe].meaning {
                other = named
                break
            }
            if items[probe].meaning.isJoin { break }
        }
        guard let other, other != color else { return false }
        let litBefore = out.dropLast().contains { $0.meaning == .color(color) }
        let recording =
            color == .blue && items.contains { $0.meaning == .context(.recording) || $0.meaning == .recordingLight }
        return litBefore || recording
    }

    /// The colour of the light "it" names in "after it goes off" right before another colour ("the blue light comes
    /// on, and right after it goes off the red light flashes six times"): the last colour named before the "after",
    /// lit; nil when the items so far do not end in "after", or no other colour follows in the clause.
    static func itWentOffBeforeAnother(_ items: [TextItem], at index: Int, after out: [TextItem]) -> LEDColor? {
        // "after it": the order word, then the subject
        guard out.count >= 3, out[out.count - 1].meaning == .subject, out[out.count - 2].meaning == .order(.after)
        else { return nil }
        // The light named last, in this sentence or the one before ("The blue comes on. After it goes off …").
        var named: LEDColor?
        var sentences = 0
        for item in out.dropLast(2).reversed() {
            if case .color(let color) = item.meaning {
                named = color
                break
            }
            if item.meaning == .order(.sentence) {
                sentences += 1
                if sentences > 1 { return nil }
            }
        }
        guard let named, index + 1 < items.count, case .color(let other) = items[index + 1].meaning, other != named
        else { return nil }
        return named
    }

    /// Whether the items so far end in "after" and a colour ("red six times after the blue is off", "after the
    /// blue light is off, 5 red flashes"): the light named after "after" went off — it was on until then.
    static func offAfterAfter(_ out: [TextItem]) -> Bool {
        guard out.count >= 2, case .color = out[out.count - 1].meaning else { return false }
        return out[out.count - 2].meaning == .order(.after)
    }

    /// A comma, "and" or an order word between two clauses.
    private static func joinsClauses(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.comma), .order(.after), .order(.then), .together: return true
        default: return false
        }
    }

    /// The colours a negation names from `start` ("no blue or green", "no red, blue or green"); the
    /// last one's last token, and the index after it.
    func absentColors(in items: [TextItem], from start: Int) -> ([LEDColor], Int, Int) {
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

    /// A colour said in turn with darkness ("blue, off, blue, off"): it blinks. The last token, the
    /// index after the run, and a pace said before the darkness ("red light slowly, on, off, on, off"),
    /// which stays the blink's.
    func blinkByDarkness(of color: LEDColor, in items: [TextItem], from start: Int) -> (Int, Int, [TextItem])? {
        // Lit, dark and lit again at least: "blue, off, blue"; not "red, red, then dark".
        var sawDark = false
        var litAgain = false
        var onOff = false
        var colorSaid = false
        var last = items[start].last
        var index = start
        var end = start
        var paces: [TextItem] = []
        scan: while index < items.count {
            switch items[index].meaning {
            case .speed where !sawDark:
                paces.append(items[index])
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
            if Self.separatesRepeats(items[index].meaning) || items[index].meaning == .order(.then) {
            } else {
                last = items[index].last
                end = index + 1
            }
            index += 1
        }
        return litAgain ? (last, end, paces) : nil
    }

    /// Two or more colours taking turns, said by repeating them ("red blue red blue", "red, blue, red"):
    /// at least three colour words in a row (commas and `&` may sit between) in which a colour comes
    /// back after another. The colours, the last token, and the index after the run.
    func alternation(in items: [TextItem], from start: Int) -> ([LEDColor], Int, Int)? {
        var sequence: [LEDColor] = []
        var last = items[start].last
        var index = start
        while index < items.count, case .color(let color) = items[index].meaning {
            sequence.append(color)
            last = items[index].last
            index += 1
            guard index < items.count else { break }
            if case .color = items[index].meaning { continue }
            // One or two separators: "red to blue to red", "crimson, then sky blue, then crimson again".
            var next = index
            while next < index + 2, next < items.count, Self.separatesAlternation(items[next].meaning) { next += 1 }
            guard next > index, next < items.count, case .color = items[next].meaning else { break }
            index = next
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

    /// Whether a meaning may sit between the colours of an alternation.
    private static func separatesAlternation(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.comma), .order(.then), .order(.sentence), .together, .to: return true
        default: return false
        }
    }

    /// How often `color` repeats from `start`, next to itself or separated by commas only; the last
    /// repeat's last token, and the index after it.
    func repeats(of color: LEDColor, in items: [TextItem], from start: Int) -> (Int, Int, Int) {
        var times = 1
        var last = items[start].last
        var index = start + 1
        while index < items.count {
            if case .color(color) = items[index].meaning {
                // "red, bright red", "red, full red": the colour said again as a shade restates it, no second pulse.
                if items[index].last == items[index].first { times += 1 }
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

    /// "nothing blinks", "nothing is blinking": a "nothing" right before a blink negates the blinking (the
    /// flag `noblink` on the light described) rather than naming darkness.
    static func negatingNothing(_ items: [TextItem]) -> [TextItem] {
        var items = items
        for index in items.indices.dropLast() where items[index].meaning == .kind(.off) {
            guard isBlink(items[index + 1].meaning) else { continue }
            items[index] = TextItem(.negation, items[index].first, items[index].last)
        }
        return items
    }

    /// Whether the items so far end in a light named and then "then" or an arrow, a comma between aside
    /// ("blue ->", "blue, then"): an "off" next is that light going off.
    static func lightThenOff(_ out: [TextItem]) -> Bool {
        guard let last = out.last, last.meaning == .order(.then) else { return false }
        var light = out.count - 2
        if light >= 0, out[light].meaning == .order(.comma) { light -= 1 }
        return light >= 0 && namesLight(out[light].meaning)
    }

    /// Items a negation reaches past to the word it negates: change verbs ("turns", "goes into"),
    /// subjects, devices and filler ("can't get my outdoor cam into pairing mode").
    static func isPassedByNegation(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.then), .subject, .device, .ignored, .to: return true
        default: return false
        }
    }

    /// Whether the item counts pulses ("5 or 6", "twice").
    static func isCount(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .count, .bareCount: return true
        default: return false
        }
    }

    /// Whether the item is "and" / "with".
    static func isTogether(_ meaning: TextMeaning) -> Bool {
        if case .together = meaning { return true }
        return false
    }

    /// Whether the end word at `index` ends a situation rather than the light: a situation follows it
    /// ("stops recording", "turned off the 5 GHz band") or comes right before it ("the outage ended").
    static func endsSituation(_ items: [TextItem], at index: Int, after previous: TextItem?) -> Bool {
        var next = index + 1
        if next < items.count, case .number = items[next].meaning { next += 1 }
        if next < items.count, case .context = items[next].meaning, items[next].first <= items[index].last + 3 {
            return true
        }
        if case .context? = previous?.meaning, let previous, previous.last + 1 == items[index].first { return true }
        return false
    }
}
