import LEDCore
import LEDVocabulary

/// Settles the meanings that depend on neighbours, after numbers are read:
/// - a colour said over and over ("red red red", "red, red, red") is one colour with a count;
/// - a negation changes the next item: "no blink" / "never blinks" / "nothing blinks" → flag `noblink` (and no blink
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
    func run(_ input: [TextItem]) -> [TextItem] {
        let items = Self.negatingNothing(input)
        var skippedNegation = -1
        return TextItem.scan(items.count) { index, out in
            let item = items[index]
            let next = index + 1 < items.count ? items[index + 1] : nil
            // "the blue light comes on, and right after it goes off the red light flashes six times": "it" is the
            // light named before, which went off — as in "right after the blue light goes off".
            if item.meaning == .kind(.off) || item.meaning == .endOfLight,
                let named = Self.itWentOffBeforeAnother(items, at: index, after: out)
            {
                out.append(TextItem(.color(named), item.first, item.first))
                out.append(TextItem(.endOfLight, item.first, item.last))
                return index + 1
            }
            switch item.meaning {
            case .color(let color):
                if let (last, end, paces) = blinkByDarkness(of: color, in: items, from: index) {
                    out.append(TextItem(.alternation([color]), item.first, last))
                    out += paces
                    return end
                }
                if let (colors, last, end) = alternation(in: items, from: index) {
                    out.append(TextItem(.alternation(colors), item.first, last))
                    return end
                }
                let (times, last, end) = repeats(of: color, in: items, from: index)
                if times > 1 {
                    out.append(TextItem(.repeated(color, times), item.first, last))
                } else {
                    out.append(item)
                }
                return end
            case .negation where skippedNegation == index:
                break  // already read with "pairing mode"
            case .negation:
                // The negated item: the next one, past change verbs and subjects ("never turns blue").
                var target = index + 1
                while target < items.count, target <= index + 3,
                    Self.isPassedByNegation(items[target].meaning)
                        || items[target].meaning.describesPulse && target + 1 < items.count
                            && Self.isBlink(items[target + 1].meaning)
                        || Self.isCount(items[target].meaning) && target + 1 < items.count
                            && items[target + 1].meaning.isColor
                {
                    target += 1  // "won't do the slow blink", "there are no 5 or 6 red flashes"
                }
                // A device the negation reaches past is still the device ("can't put the 2K+ into pairing mode").
                let passedDevices = items[(index + 1)..<min(target, items.count)].filter {
                    if case .device = $0.meaning { true } else { false }
                }
                let negated = target < items.count ? items[target] : nil
                // "it never went to / never reached the blinking blue": a state that never came, its colour absent.
                if items[(index + 1)..<target].contains(where: { $0.meaning == .to }),
                    negated.map({ Self.isBlink($0.meaning) }) == true, target + 1 < items.count,
                    items[target + 1].meaning.isColor
                {
                    let (colors, last, end) = absentColors(in: items, from: target + 1)
                    out.append(TextItem(.absent(colors), item.first, last))
                    return end
                }
                if negated.map({ Self.negationReads($0.meaning) }) == true { out += passedDevices }
                if case .kind(.solid)? = negated?.meaning {
                    return target + 1  // "not solid": neither a solid light nor a negation of anything else
                }
                if case .color? = negated?.meaning {
                    let (colors, last, end) = absentColors(in: items, from: target)
                    if end < items.count, Self.isBlink(items[end].meaning) {
                        // "no red flashing at all": no red blinking — nothing, beside another light; else red dark.
                        out.append(TextItem(.absent(colors), item.first, items[end].last))
                        return end + 1
                    }
                    out.append(TextItem(.absent(colors), item.first, last))
                    return end
                }
                if target == index + 1, case .context(let context)? = negated?.meaning, context != .noPairingMode {
                    return target + 1  // "haven't set it up yet": not that situation
                }
                if let negated, let meaning = Self.negate(negated.meaning) {
                    out.append(item.spanning(negated, as: meaning))
                    return target + 1
                }
            case .pairingMode:
                // "it refuses to go into pairing mode", "pairing mode never starts": a negation anywhere in
                // its clause makes it no-pairing-mode, as does one that reached the blink naming the mode ("it
                // never went into the blinking pairing mode").
                if out.last?.meaning == .negatedBlink {
                    out.removeLast()
                    out.append(TextItem(.context(.noPairingMode), item.first, item.last))
                } else if let negation = Self.negationInClause(out, items, around: index) {
                    out.append(TextItem(.context(.noPairingMode), item.first, item.last))
                    if negation > index { skippedNegation = negation }
                } else {
                    out.append(TextItem(.context(.setup), item.first, item.last))
                }
            case .kind(.off)
            where Self.namesLight(out.last?.meaning)
                && (Self.thenFollows(items, after: index) || Self.wentOffBeforeAnother(items, at: index, after: out)
                    || Self.offAfterAfter(out)):
                // "blue off, then red x6", "rec LED off -> red x5": the light named went off; it was on until then.
                out.append(TextItem(.endOfLight, item.first, item.last))
            case .kind(.off) where Self.lightThenOff(out) && Self.thenFollows(items, after: index):
                // "blue -> off, then 5x red", "blue, then off, then red": the light named went off, then the next.
                out[out.count - 1] = TextItem(.endOfLight, out[out.count - 1].first, item.last)
            case .looseOn:
                // "red light on", "red, fixed": right after the colour, or after it and a comma.
                var colorAt = out.count - 1
                if colorAt > 0, out[colorAt].meaning == .order(.comma) { colorAt -= 1 }
                let afterColor: Bool
                switch colorAt >= 0 ? out[colorAt].meaning : nil {
                case .color?, .repeated?: afterColor = true
                default: afterColor = false
                }
                if afterColor, Self.endsClause(next?.meaning) || Self.otherLightOff(items, after: index) {
                    out.append(TextItem(.kind(.solid), item.first, item.last))
                }
            case .dark:
                if let next, case .color = next.meaning, next.first == item.last + 1 {
                    break  // a shade: "dark blue"
                }
                out.append(TextItem(.kind(.off), item.first, item.last))
            case .together
            where next?.meaning == .simultaneous && index + 2 < items.count
                && !items[index + 2].meaning.isColor:
                // "then the green one came on and both stayed solid": what both do next.
                out.append(TextItem(.order(.then), item.first, item.last))
            case .order(.after) where out.last?.meaning == .together && !Self.endsOrSituation(items, after: index):
                // "the blue is go away and after the light is blinking red", "and just after it make five red
                // flashes": "and after" goes on to what comes next — unless what follows is what it comes after
                // ("and right after it goes out there are six red blinks", "and after the reset").
                out[out.count - 1] = TextItem(.order(.then), out[out.count - 1].first, item.last)
            case .order(.before)
            where Self.startsSentence(out)
                && next.map({ if case .order(.comma) = $0.meaning { true } else { false } }) == true:
                // "Before, it was dark all the time; …": what it used to do.
                out.append(TextItem(.pastMarker, item.first, item.last))
                return index + 2
            case .order(.before) where Self.endsClause(next?.meaning) && out.last?.meaning.describesLight == true:
                // "it was blinking red before, now …": what it used to do.
                out.append(TextItem(.pastMarker, item.first, item.last))
            case .to:
                // Not between numbers: a change, "from solid blue to blinking red".
                out.append(TextItem(.order(.then), item.first, item.last))
            case .constant:
                let blinks = Self.blinkFollows(in: items, after: index) || Self.blinkPrecedes(out)
                out.append(TextItem(blinks ? .continuous : .stuckOn, item.first, item.last))
            case .absentMarker where next?.meaning.isColor == true:
                // "never come blue", "doesn't show green": a colour after it is the one absent.
                let (colors, last, end) = absentColors(in: items, from: index + 1)
                out.append(TextItem(.absent(colors), item.first, last))
                return end
            case .absentMarker:
                // "the green one I don't see": the colours said in this clause are absent.
                var colors: [LEDColor] = []
                var first = item.first
                while let last = out.last, !last.meaning.isJoin {
                    if case .color(let color) = last.meaning { colors.insert(color, at: 0) }
                    first = last.first
                    out.removeLast()
                }
                // "Green and blue not appear": bare colours listed before it too (not "blinks blue and the green …").
                while !colors.isEmpty, out.count >= 2, case .color(let color) = out[out.count - 2].meaning,
                    out[out.count - 1].meaning == .together || out[out.count - 1].meaning == .rangeJoin,
                    out.count == 2 || out[out.count - 3].meaning.isJoin
                {
                    colors.insert(color, at: 0)
                    first = out[out.count - 2].first
                    out.removeLast(2)
                }
                if !colors.isEmpty {
                    out.append(TextItem(.absent(colors), first, item.last))
                } else if !out.contains(where: { $0.meaning.describesLight }) {
                    // "the light never came on", "app say wait the red light but the light not come": no colour
                    // and no light told before it: the light stayed dark.
                    out.append(TextItem(.kind(.off), item.first, item.last))
                }
            case .context(.setup) where Self.waitsForLight(items, after: index):
                out.append(item)  // "Waiting for doorbell to flash red": the setup; its light is only expected
                return Self.expectationEnd(items, from: index, into: &out)
            case .appSays:
                // "the app says wait for the red flashing", "(the app says "press until the light flashes red")":
                // what someone expects is not what the light does, up to the next comma, "and" or sentence end
                // ("and" that goes on about the light, "blinking blue and steady green", is still expected). Unless
                // the person says the light does exactly that ("Mine shows exactly that") and describes it no
                // further; "it shows just that: blue blinking, green steady" tells the light again in its own words.
                if let confirmed = items[(index + 1)...].firstIndex(where: { $0.meaning == .confirmsExpectation }),
                    !items[(confirmed + 1)...].contains(where: \.meaning.isColor)
                {
                    return index + 1
                }
                return Self.expectationEnd(items, from: index, into: &out)
            case .correction where Self.correctsColorBefore(items, at: index, after: out):
                // "blinked green, ugh, red I mean, for half a minute": the colour said right before "I mean" is
                // the correction, as if the marker came first.
                out.insert(item, at: out.count - 1)
            case .restatement:
                // "Well, I said solid, but it is actually flashing": the words said before are not the light.
                var last = index
                while last + 1 < items.count, !Self.endsRestatement(items[last + 1].meaning) { last += 1 }
                out.append(TextItem(.correction, item.first, items[last].last))
                return last + 1
            case .confirmsExpectation:
                break
            case .ignored:
                break
            case .endOfLight where Self.endsSituation(items, at: index, after: out.last):
                break  // "when it stops recording", "after the outage ended": not the light
            case .number, .numberWord, .timesMarker, .unit, .every, .between, .rangeJoin, .once, .countWord, .period,
                .meridiem:
                break
            default:
                out.append(item)
            }
            return index + 1
        }
    }

    /// Whether a negation reads the item it reaches (and so moves past the words before it): "not solid", a
    /// colour, or what ``negate(_:)`` changes.
    private static func negationReads(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind(.solid), .color: return true
        default: return negate(meaning) != nil
        }
    }

    /// What a negated meaning becomes, or nil when the negation has no effect on it.
    static func negate(_ meaning: TextMeaning) -> TextMeaning? {
        switch meaning {
        case .kind(.blink), .kind(.alternating): return .negatedBlink
        case .lit, .looseOn, .repeated: return .kind(.off)
        case .kind(.off), .dark: return .lit
        case .endOfLight: return .continuous
        case .pairingMode: return .context(.noPairingMode)
        default: return nil
        }
    }

    /// Whether `meaning` names a light and nothing else: a colour, or the recording light.
    static func namesLight(_ meaning: TextMeaning?) -> Bool {
        switch meaning {
        case .color?, .recordingLight?: return true
        default: return false
        }
    }

    /// Whether "then" (or an arrow) comes right after the item at `index`, a comma aside.
    private static func thenFollows(_ items: [TextItem], after index: Int) -> Bool {
        var next = index + 1
        if next < items.count, case .order(.comma) = items[next].meaning { next += 1 }
        guard next < items.count, case .order(.then) = items[next].meaning else { return false }
        return true
    }

    /// Whether another colour said off comes right after the item at `index` ("blue on green off"): the
    /// bare "on" before it is the first light's, lit.
    private static func otherLightOff(_ items: [TextItem], after index: Int) -> Bool {
        guard index + 2 < items.count, items[index + 1].meaning.isColor else { return false }
        switch items[index + 2].meaning {
        case .kind(.off), .dark: return true
        default: return false
        }
    }

    /// Whether `meaning` (the item after a bare "on") ends the clause.
    private static func endsClause(_ meaning: TextMeaning?) -> Bool {
        switch meaning {
        case nil, .order?, .together?, .count?, .duration?, .exactDuration?, .speed?, .continuous?, .keeps?, .flag?,
            .context?,
            .subject?,
            .presentMarker?:
            return true
        default:
            return false
        }
    }

    /// Whether a meaning ends what an "app says" expects: a comma, "and", "but" or a sentence end.
    static func endsExpectation(_ items: [TextItem], at index: Int) -> Bool {
        switch items[index].meaning {
        case .order(.comma), .order(.sentence), .presentMarker: return true
        case .together:
            // "blinking blue and steady green" goes on; "and the camera blinks red" is the owner's own light
            guard index + 1 < items.count, items[index + 1].first <= items[index].last + 2 else { return true }
            return !items[index + 1].meaning.describesLight
        default: return false
        }
    }

    /// Whether a meaning ends the words an "I said" quotes: a comma, "but", a sentence end, "now".
    private static func endsRestatement(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .order(.comma), .order(.sentence), .presentMarker, .correction, .context: return true
        default: return false
        }
    }

    /// Whether the words after `index`, past a subject, end a light or name a situation ("after it goes
    /// out", "after the reset").
    private static func endsOrSituation(_ items: [TextItem], after index: Int) -> Bool {
        var probe = index + 1
        while probe < items.count, probe <= index + 3 {
            switch items[probe].meaning {
            case .subject, .ignored: probe += 1
            case .endOfLight, .kind(.off), .dark, .context, .pairingMode, .outage, .motionCue, .mover: return true
            default: return false
            }
        }
        return false
    }

    /// Whether a meaning names a situation (which an "app says" does not swallow).
    static func isSituation(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .context, .pairingMode, .outage, .motionCue, .mover, .buttonPress: return true
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
            if items[probe].meaning.isJoin, !Self.isTogether(items[probe].meaning),
                items[probe].meaning != .order(.comma)
            {
                break
            }
            probe += 1
        }
        return nil
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
            case .kind, .lit, .order(.then), .order(.after), .order(.before), .order(.when), .order(.sentence):
                return false
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
}
