import LEDCore
import LEDVocabulary

extension ClauseBuilder {
    /// Collects items into clauses and drafts, in text order.
    struct Assembly {
        var units = [Unit()]
        var draft = EventDraft()
        var contexts: Set<ObservationContext> = []
        var device: String?
        /// Whether "the outage" was named (see ``TextMeaning/outage``).
        var outage = false
        /// "let go", "released" (see ``TextMeaning/release``): whether a light was told before it, and where.
        var release: (lightBefore: Bool, unit: Int, drafts: Int)?
        /// The clause where "used to" opened what the light used to do, until "now" or a sentence end.
        var pastStart: Int?
        /// The clauses that open with a correction ("Correction: …", "No wait, …"): their light replaces the one
        /// said before.
        var corrections: [Int] = []
        /// Each device named, where (its first token), and whether it is the subject of what follows rather
        /// than what a situation acts on ("after I reset the Sync Module").
        var deviceMentions: [(token: Int, device: String, subject: Bool)] = []
        /// The item index of the last light-on word ("stays", "lit"), for a blink right after it.
        var litItem = -2
        /// The item index of the last time of day: a time right after it is the end of a span ("9:10-9:40").
        var lastClockItem = -2
        /// The tokens of sentence ends.
        var sentenceEnds: [Int] = []
        /// The last situation's item index.
        var lastContextItem = -2
        /// The last item of the something done just named (setup, a fix, ``TextMeaning/otherSituation``), with
        /// a device name after it ("tried setting up the doorbell"): "N times" right after it is how often it
        /// was done, not the light's count.
        var situationEnd = -2

        /// Marks the clauses from the open "used to" through `last` as what the light used to do.
        mutating func closePast(through last: Int) {
            guard let start = pastStart else { return }
            finishDraft()
            for index in start...last { units[index].past = true }
            pastStart = nil
        }

        mutating func add(_ item: TextItem, at index: Int) {
            switch item.meaning {
            case .count:
                if draft.isEmpty, situationEnd == index - 1 { return }
            default:
                break
            }
            switch item.meaning {
            case .count, .bareCount, .speed:
                // "once the blue light goes out there are 5 quick red blinks"
                if draft.isClosed { startUnit(.then, nil) }
            default:
                break
            }
            switch item.meaning {
            case .order(let order):
                if order == .sentence {
                    closePast(through: units.count - 1)
                    sentenceEnds.append(item.first)
                }
                startUnit(order, index)
                return
            case .together:
                if draft.isClosed { startUnit(.then, index) } else { finishDraft() }
                return
            case .context(let context):
                contexts.insert(context)
                lastContextItem = index
                if context == .setup || ProposalPass.fixes.contains(context) { situationEnd = index }
                if units[units.count - 1].firstContextItem == nil { units[units.count - 1].firstContextItem = index }
                if context == .holdingReset { units[units.count - 1].holdsButton = true }
                if context == .powerCycle { units[units.count - 1].cutsPower = true }
                return
            case .device(let name):
                if device == nil { device = name }
                if situationEnd == index - 1 { situationEnd = index }
                deviceMentions.append((item.first, name, lastContextItem != index - 1))
                return
            case .color(let color):
                addColor(color)
            case .repeated(let color, let times):
                addColor(color)
                if draft.count == nil { draft.count = .exactly(times) }
            case .kind(.off):
                darknessFollows()
                draft.off = true
            case .kind(let kind):
                // "the camera stay blinking in red": "stay" right before a blink is the blink going on, not a
                // steady light.
                if kind == .blink, litItem == index - 1, draft.kind == .solid, !draft.hasColors { draft.kind = nil }
                setKind(kind, item)
            case .lit:
                setKind(.solid, item)
                litItem = index
            case .stuckOn:
                setKind(.solid, item)
                if draft.duration == nil { draft.duration = EventDuration(.continuous) }
            case .endOfLight:
                darknessFollows()
                draft.ended = true
            case .absent(let colors):
                finishDraft()
                draft.colors = colors
                draft.off = true
                draft.absent = true
                draft.cover(item)
                finishDraft()
                return
            case .alternation(let colors):
                setKind(.alternating, item)
                for color in colors { addColor(color) }
            case .subject:
                // "after the red flash it started blinking blue", "after the blue light it blinks red 6
                // times": the main clause after a complete subordinate one (a light named is complete).
                if let order = units[units.count - 1].order, order.reverses || order == .before,
                    draft.hasColors || draft.isOff
                {
                    startUnit(.comma, nil)
                }
                return
            case .motionCue:
                if let order = units[units.count - 1].order, order.reverses { units[units.count - 1].motionCue = true }
                // "the cat crossed the lawn", "a courier came up the path": someone moving, in any clause.
                if units[units.count - 1].moverItem == index - 1 { units[units.count - 1].motionCue = true }
                return
            case .mover:
                if let order = units[units.count - 1].order, order.reverses { units[units.count - 1].motionCue = true }
                // "13:10 car on the driveway. 13:10 blue light on": a mover at a time of day, before any light of its
                // clause, is what happened then.
                if units[units.count - 1].firstClock != nil, draft.isEmpty, units[units.count - 1].drafts.isEmpty {
                    units[units.count - 1].motionCue = true
                }
                units[units.count - 1].moverItem = index
                return
            case .buttonPress:
                units[units.count - 1].buttonPress = true
                return
            case .outage:
                outage = true
                return
            case .otherSituation:
                situationEnd = index
                if units[units.count - 1].firstContextItem == nil { units[units.count - 1].firstContextItem = index }
                return
            case .release:
                if release == nil {
                    let lightBefore = units.contains(where: \.hasEvents) || draft.hasColors || draft.isOff
                    release = (
                        lightBefore, units.count - 1, units[units.count - 1].drafts.count + (draft.isEmpty ? 0 : 1)
                    )
                }
                return
            case .clockTime(let seconds):
                // "14:02 to 14:03 red flashing", "red flashing 9:10-9:40": two times of day around or before its
                // light are its span.
                if let first = units[units.count - 1].firstClock, first != seconds,
                    lastClockItem == index - 1 || draft.isEmpty && units[units.count - 1].drafts.isEmpty
                {
                    units[units.count - 1].clockSpan = true
                }
                lastClockItem = index
                units[units.count - 1].firstClock = units[units.count - 1].firstClock ?? seconds
                units[units.count - 1].lastClock = seconds
                return
            case .still:
                units[units.count - 1].still = true
                return
            case .pastMarker:
                if pastStart == nil { pastStart = units.count - 1 }
                return
            case .correction:
                startUnit(.comma, index)
                corrections.append(units.count - 1)
                return
            case .presentMarker:
                // "its blue LED now blinks": with nothing told of the past, a bare "now" inside a light says
                // nothing ("it was red and now it's off" opens a clause of its own).
                if item.first == item.last, pastStart == nil, draft.hasColors, draft.kind == nil, !draft.off,
                    !draft.ended,
                    !units.contains(where: \.past)
                {
                    return
                }
                closePast(through: units.count - 1)
                // "reset it at 10:00 and it is 10:20 now": a time said right before "now" is the time now, not
                // the end of the situation's span.
                let current = units.count - 1
                let now =
                    lastClockItem == index - 1 && draft.isEmpty && units[current].drafts.isEmpty
                    ? units[current].lastClock.flatMap { $0 != units[current].firstClock ? $0 : nil } : nil
                if now != nil {
                    units[current].lastClock = units[current].firstClock
                    units[current].clockSpan = false
                }
                startUnit(.then, index)
                units[units.count - 1].saysNow = true
                units[units.count - 1].firstClock = now
                units[units.count - 1].lastClock = now
                return

            case .joinsLight:
                // "solid blue, then green joins it": from then on both are lit, as the light before was.
                guard
                    let litUnit = units.lastIndex(where: { $0.drafts.contains { $0.hasColors && !$0.isDark } }),
                    let lastLit = units[litUnit].drafts.last(where: { $0.hasColors && !$0.isDark })
                else { return }
                if litUnit == units.count - 1 {
                    // "blue came on first and the green joined it": after it, not beside it.
                    let joining = draft
                    draft = EventDraft()
                    startUnit(.then, nil)
                    draft = joining
                }
                for color in lastLit.colors { draft.add(color) }
                if draft.kind == nil { draft.kind = lastLit.kind ?? .solid }
                return
            case .noLonger:
                // "the red light isn't flashing anymore": it flashed, then it stopped.
                // "the ring stayed red and stopped flashing": lit, no longer blinking.
                if draft.kind == .solid, !draft.negatedBlink { return }
                let colors = draft.colors
                if draft.negatedBlink {
                    draft.flags.remove(.noBlink)
                    draft.negatedBlink = false
                    if draft.kind == nil { draft.kind = .blink }
                }
                // "… by 12:06 it was no longer flashing": the light described before it went dark.
                let lastLit = units.last { $0.drafts.contains { $0.hasColors && !$0.isDark } }?.drafts.last {
                    $0.hasColors && !$0.isDark
                }
                if draft.isEmpty, lastLit?.kind == .solid { return }
                let darkColors = colors.isEmpty ? (lastLit?.colors ?? []) : colors
                guard !draft.isEmpty || lastLit != nil else { return }
                startUnit(.then, nil)
                draft.colors = darkColors
                draft.off = true
            case .count(let count):
                if draft.count == nil || draft.countIsBare || EventDraft.statesOver(draft.count, count) {
                    draft.count = count
                    draft.countIsBare = false
                }
            case .bareCount(let count):
                if draft.count == nil {
                    draft.count = count
                    draft.countIsBare = true
                }
            case .speed(let speed):
                if draft.speed == nil { draft.speed = speed }
            case .pulseTiming(let timing, let speed):
                // "on for half a second, off for half a second": a blink of that timing; said after a comma,
                // the details of the light before it.
                draft.timing = timing
                draft.speed = speed
            case .duration(let bucket):
                if draft.duration == nil || draft.duration?.bucket == .continuous {
                    draft.duration = EventDuration(bucket)
                }
            case .exactDuration(let duration):
                if draft.duration == nil || draft.duration?.bucket == .continuous { draft.duration = duration }
            case .continuous:
                if draft.duration == nil { draft.duration = EventDuration(.continuous) }
                draft.keeps = false  // "keeps flashing red nonstop": without end after all
            case .keeps:
                if draft.duration == nil {
                    draft.duration = EventDuration(.continuous)
                    draft.keeps = true
                }
            case .flag(let flag):
                draft.flags.insert(flag)
            case .negatedBlink:
                draft.flags.insert(.noBlink)
                draft.negatedBlink = true
            case .simultaneous:
                draft.simultaneous = true
            case .recordingLight:
                draft.recordingLight = true
                contexts.insert(.recording)
            default:
                return
            }
            draft.cover(item)
        }

        /// "flashes blue three times and goes dark": darkness said on its own after a light in the same
        /// clause comes after it, not at the same time.
        mutating func darknessFollows() {
            guard draft.isEmpty, units[units.count - 1].drafts.contains(where: { $0.hasColors && !$0.isDark }) else {
                return
            }
            startUnit(.then, nil)
        }

        /// Whether a light is told after "let go".
        var lightAfterRelease: Bool {
            guard let release else { return false }
            return units[release.unit].drafts.count > release.drafts
                || units[(release.unit + 1)...].contains(where: \.hasEvents)
        }

        mutating func finishDraft() {
            if !draft.isEmpty { units[units.count - 1].drafts.append(draft) }
            draft = EventDraft()
        }

        mutating func startUnit(_ order: TextOrder, _ item: Int?) {
            finishDraft()
            units.append(Unit(order: order, orderItem: item))
        }

        mutating func setKind(_ kind: EventKind, _ item: TextItem) {
            if draft.isClosed {
                startUnit(.then, nil)  // "after the blue light goes off it flashes red"
            } else if let current = draft.kind, current != kind, draft.hasColors {
                finishDraft()
            }
            if draft.kind == nil {
                draft.kind = kind
                draft.colorBeforeKind = !draft.colors.isEmpty
                draft.kindTokens = item.first...item.last
            }
        }

        mutating func addColor(_ color: LEDColor) {
            if draft.isClosed
                || draft.recordingLight && draft.kind == nil && !draft.colors.isEmpty && !draft.colors.contains(color)
            {
                startUnit(.then, nil)  // "after the blue light of recording, red blinks"
            } else if draft.kind != nil, draft.colorBeforeKind, !draft.colors.isEmpty, !draft.colors.contains(color) {
                finishDraft()
            }
            draft.add(color)
        }
    }
}
