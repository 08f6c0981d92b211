import LEDCore
import LEDVocabulary

/// Builds the observation's timeline from resolved items.
///
/// Order words cut the text into clauses ("units"); "and" / "with" cut a clause into drafts of
/// events at the same time, which ``EventDraft/describeOneEvent(_:_:)`` may merge back into one. Then:
/// 1. a clause of details only ("no blink", "for 10 seconds") joins the clause before it (or after),
///    and so does a clause that only goes on with the same kind ("… and stays on for 20 seconds");
/// 2. clauses joined by "after" / "when" are put in time order ("A after B" is B then A);
/// 3. a kind without a colour takes the colour of the event before it ("blinks blue, then solid");
///    a bare colour after "then" keeps blinking if the event before it blinked ("flashes red then blue");
/// 4. each clause becomes one ``EventStep``.

struct ClauseBuilder {
    /// A clause: what introduced it, and its drafts.
    struct Unit {
        var order: TextOrder?
        var orderItem: Int?
        var drafts: [EventDraft] = []
        /// The first situation named in the clause.
        var firstContextItem: Int?
        /// Whether a "when …" clause names someone or something moving, and whether it names a press of
        /// the doorbell's button (then the mover is a visitor, not motion).
        var motionCue = false
        /// The last item naming someone or something that may move ("the cat"), for a move right after it.
        var moverItem: Int?
        var buttonPress = false
        /// Whether it tells what the light used to do ("it used to blink blue; now …").
        var past = false
        /// The first and last times of day named in the clause, in seconds since midnight.
        var firstClock: Double?
        var lastClock: Double?
        /// Whether two times of day open the clause before its light ("14:02 to 14:03 red flashing"): the light's
        /// span, from the first to the last.
        var clockSpan = false
        /// "still": its event began before this clause.
        var still = false
        /// Whether its time of day was said just before it ("at like 6 n its still blinking"), a start.
        var clockHandedOn = false
        /// Whether "now" (or another word of the present) opens it ("it is 10:20 now, still red"): its time alone is
        /// the time the "still" light after it is seen, not an "until".
        var saysNow = false
        /// Whether it says the reset button is being held.
        var holdsButton = false
        /// Whether it says the power was cut or the batteries taken out.
        var cutsPower = false

        var hasEvents: Bool { !drafts.isEmpty && !isModifier }
        var isModifier: Bool { drafts.count == 1 && drafts[0].isModifier }
    }

    /// What the builder found.
    struct Result {
        var steps: [[EventDraft]] = []
        var contexts: Set<ObservationContext> = []
        var device: String?
        /// Order words that only introduce a situation ("after reset"): (order item, context item).
        var introducers: [(order: Int, context: Int)] = []
    }

    /// The latest light before a clause that only states a count, whose own count was vague ("a bunch",
    /// "a few") and is stated by it; only a count alone, nothing else in the clause.
    static func vagueCount(in units: ArraySlice<Unit>, statedBy details: EventDraft) -> (Int, Int)? {
        guard details.count != nil, details.duration == nil, details.speed == nil, details.kind == nil else {
            return nil
        }
        for unit in units.indices.reversed() {
            if let draft = units[unit].drafts.lastIndex(where: { EventDraft.statesOver($0.count, details.count) }) {
                return (unit, draft)
            }
        }
        return nil
    }

    /// Where a clause that only states a count goes: the light before it, unless that light is an "after"
    /// clause's ("red flashes after the blue light, 6 times": the red's count, not the blue's) and a light
    /// before that clause has no count of its own.
    static func mainClause(before previous: Int, in units: [Unit], for details: EventDraft) -> Int {
        guard details.count != nil, details.duration == nil, details.kind == nil, units[previous].order == .after,
            previous > 0, let main = units[..<previous].lastIndex(where: \.hasEvents),
            units[main].drafts.last?.count == nil
        else { return previous }
        return main
    }

    /// The colours that are separate LEDs on the device described, which can do different things at
    /// the same time (the Sync Module's blue and green); empty for a device with one LED.
    var separateLEDs: [String: Set<LEDColor>] = [:]
    /// The thresholds that bucket a length found from times of day.
    var vocabulary: TimingVocabulary = .default

    func build(_ items: [TextItem], device: String? = nil) throws(TextProblem) -> Result {
        var assembly = Assembly()
        for (index, item) in items.enumerated() { assembly.add(item, at: index) }
        assembly.finishDraft()
        var units = assembly.units
        var result = Result(contexts: assembly.contexts, device: assembly.device)
        Self.readResetButton(&result.contexts, assembly: assembly, units: units)
        // A person in a "when"/"after" clause moves — unless it says what they did ("after my son changed …").
        if units.contains(where: { $0.motionCue && !$0.buttonPress && $0.firstContextItem == nil }) {
            result.contexts.insert(.motion)
        }
        if assembly.outage, !result.contexts.contains(.internetRestored) { result.contexts.insert(.powerCycle) }

        if let described = device ?? assembly.device {
            Self.dropOtherDevices(&units, described: described, assembly: assembly)
        }
        Self.dropAbsentColors(&units)
        for index in units.indices where units[index].drafts.count > 1 {
            units[index].drafts = Self.merged(units[index].drafts)
        }
        Self.applyCorrections(&units, assembly.corrections)
        Self.attachModifiers(&units)
        Self.droppingReactionsAfterEndlessLight(&units)
        Self.lengthsFromTimesOfDay(&units, vocabulary: vocabulary)
        let separate = (device ?? assembly.device).flatMap { separateLEDs[$0] } ?? []
        Self.joinSeparateLEDs(&units, separate)
        // What the light used to do comes first; each part is put in time order on its own.
        let hasPresent = units.contains { !$0.past && $0.hasEvents }
        if !hasPresent { for index in units.indices { units[index].past = false } }
        var steps =
            (Self.timeOrder(units.map { $0.past ? $0 : Unit() }) + Self.timeOrder(units.map { $0.past ? Unit() : $0 }))
            .map { units[$0] }
        Self.inherit(&steps, separate: separate)

        let anyColor = steps.contains { $0.drafts.contains { $0.hasColors } }
        result.steps.reserveCapacity(steps.count)
        for var unit in steps {
            if unit.past {
                for draft in unit.drafts.indices { unit.drafts[draft].flags.insert(.past) }
            }
            if unit.drafts.count == 1, unit.drafts[0].isOff, let last = result.steps.last, last.count == 1,
                last[0].isOff
            {
                result.steps[result.steps.count - 1][0].merge(unit.drafts[0])  // "nothing happens, no lights at all"
                continue
            }
            // "blue light, then it went off and blinked red six times": a darkness joined by "and" to a light is
            // the light before it ending, not darkness beside the new light.
            if unit.drafts.count > 1, unit.drafts[0].isOff, unit.drafts[0].colors.isEmpty, !unit.drafts[0].absent,
                unit.drafts.dropFirst().allSatisfy({ $0.hasColors && !$0.isDark })
            {
                if result.steps.isEmpty { result.steps.append([unit.drafts[0]]) }
                unit.drafts.removeFirst()
            }
            guard unit.drafts.contains(where: \.needsColor) else {
                result.steps.append(unit.drafts)
                continue
            }
            var events: [EventDraft] = []
            for draft in unit.drafts {
                if draft.needsColor {
                    guard anyColor else {
                        throw TextProblem(
                            "the light's color is missing", tokens: draft.kindTokens ?? draft.first...draft.last,
                            note: "say which color, e.g. \"blinking red\"")
                    }
                    continue
                }
                events.append(draft)
            }
            if !events.isEmpty { result.steps.append(events) }
        }
        // A light said to end at the end of the description ("… then goes out") ends in darkness; in the
        // middle, the next event replaces it.
        if let last = steps.last(where: \.hasEvents), last.drafts.count == 1, last.drafts[0].ended,
            last.drafts[0].hasColors,
            !last.drafts[0].isDark
        {
            var dark = EventDraft()
            dark.off = true
            dark.first = last.drafts[0].last
            dark.last = last.drafts[0].last
            result.steps.append([dark])
        }

        var eventsBefore = false
        for unit in units {
            defer { eventsBefore = eventsBefore || unit.hasEvents }
            guard let orderItem = unit.orderItem, let context = unit.firstContextItem, context == orderItem + 1 else {
                continue
            }
            // "after reset", "when I hold the reset button": the order word introduces the situation,
            // unless it orders this clause after the one before it.
            let ordersEvents = unit.hasEvents && unit.order?.reverses == true && eventsBefore
            if !ordersEvents { result.introducers.append((orderItem, context)) }
        }
        return Self.sharingStepLengths(Self.endingCountedBursts(Self.mergingRepeats(result)))
    }

    /// Merges drafts of one clause that describe one event.
    private static func merged(_ drafts: [EventDraft]) -> [EventDraft] {
        var out: [EventDraft] = []
        out.reserveCapacity(drafts.count)
        for draft in drafts {
            if let last = out.last, EventDraft.describeOneEvent(last, draft) {
                out[out.count - 1].merge(draft)
            } else {
                out.append(draft)
            }
        }
        return out
    }

    /// Colours said to be absent ("solid blue, no green") say nothing when another light or darkness is
    /// described ("it did not react, no red, nothing"); alone ("no red light") they are those colours off.
    private static func dropAbsentColors(_ units: inout [Unit]) {
        guard units.contains(where: { $0.drafts.contains(where: \.absent) }) else { return }
        let lit = units.contains {
            $0.drafts.contains { !$0.absent && ($0.hasColors || $0.kind != nil || $0.off && !$0.hasColors) }
        }
        guard lit else { return }
        for index in units.indices { units[index].drafts.removeAll(where: \.absent) }
    }

    /// Clauses of details only join the nearest clause with events, preferring the one before.
    private static func attachModifiers(_ units: inout [Unit]) {
        // "it shows blue, and as soon as it goes out …": a "when" clause that only says the light ends is
        // the end of the light before it.
        // So is a clause that only says the same light ends ("glows blue, and the instant the blue ends …").
        for index in units.indices.dropFirst() where units[index].drafts.count == 1 {
            let end = units[index].drafts[0]
            guard end.ended, !end.off, end.kind == nil, end.count == nil,
                let previous = units[..<index].lastIndex(where: {
                    $0.drafts.last.map { $0.hasColors && !$0.isDark } ?? false
                }),
                let lit = units[previous].drafts.last
            else { continue }
            let sameLight = !end.colors.isEmpty && !end.recordingLight && end.colors.allSatisfy(lit.colors.contains)
            guard sameLight || !end.hasColors && units[index].order?.reverses == true else { continue }
            units[previous].drafts[units[previous].drafts.count - 1].ended = true
            units[index].drafts = []
        }
        // "solid blue, never blinking blue": a negated blink of colours the event before already shows
        // only says that event does not blink.
        var previousLit: (unit: Int, draft: Int)?
        for index in units.indices {
            if units[index].drafts.count == 1, let (unit, draft) = previousLit {
                let negated = units[index].drafts[0]
                let earlier = units[unit].drafts[draft]
                // A blink it used to do is not denied but over ("it blinked red for pairing; now it won't flash red").
                let pastBlink = earlier.kind == .blink && units[unit].past && !units[index].past
                if negated.negatedBlink, negated.kind == nil, negated.count == nil, !negated.colors.isEmpty,
                    negated.colors.allSatisfy(earlier.colors.contains), !pastBlink
                {
                    units[unit].drafts[draft].flags.formUnion(negated.flags)
                    units[index].drafts = []
                    continue
                }
            }
            if let last = units[index].drafts.indices.last, units[index].drafts[last].hasColors,
                !units[index].drafts[last].isDark
            {
                previousLit = (index, last)
            }
        }
        // A "never blinks" with no light to describe is darkness: "during setup the light never blinks"; so
        // is one said of now when every light described is what it used to do ("it used to flash red briefly;
        // since I changed the batteries it does not flash at all").
        if !units.contains(where: { $0.hasEvents && !$0.past }),
            let index = units.firstIndex(where: {
                !$0.past && $0.isModifier && $0.drafts[0].flags.contains(.noBlink)
            }),
            units.contains(where: \.hasEvents)
        {
            units[index].drafts[0].flags.remove(.noBlink)
            units[index].drafts[0].off = true
        }
        // So is one told of the past with no past light to describe: "Before I swapped the batteries it didn't flash
        // at all; now it blinks red" (not a red that does not blink).
        if !units.contains(where: { $0.hasEvents && $0.past }),
            let index = units.firstIndex(where: { $0.past && $0.isModifier && $0.drafts[0].flags.contains(.noBlink) })
        {
            units[index].drafts[0].flags.remove(.noBlink)
            units[index].drafts[0].off = true
        }
        if !units.contains(where: \.hasEvents) {
            for index in units.indices where units[index].isModifier && units[index].drafts[0].flags.contains(.noBlink)
            {
                units[index].drafts[0].flags.remove(.noBlink)
                units[index].drafts[0].off = true
                break
            }
        }
        guard units.contains(where: { $0.isModifier || $0.drafts.contains(where: \.needsColor) }) else { return }
        // The next clause with events, for each clause (one backward pass keeps this linear).
        var nextWithEvents = [Int](repeating: -1, count: units.count + 1)
        for index in units.indices.reversed() {
            nextWithEvents[index] = units[index].hasEvents ? index : nextWithEvents[index + 1]
        }
        var previousWithEvents = -1
        for index in units.indices {
            if units[index].drafts.count == 1, previousWithEvents >= 0,
                let earlier = units[previousWithEvents].drafts.last,
                units[index].drafts[0].continues(earlier)
                    || (units[index].order == .comma || units[index].order == .sentence)
                        && units[index].drafts[0].describesColorOnly(earlier)
            {
                Self.mergeClause(index, into: previousWithEvents, &units)
                continue
            }
            if units[index].hasEvents { previousWithEvents = index }
            guard units[index].isModifier else { continue }
            // A situation's clause with no light: its count is the situation's ("restarted the router two
            // times"), so is a time while the button is held; "reset it 15 minutes ago" is the light's.
            if units[index].firstContextItem != nil {
                units[index].drafts[0].count = nil
                if units[index].holdsButton, units[index].drafts[0].duration?.seconds != nil {
                    units[index].drafts[0].duration = nil
                }
                // "mains pulled 20 s", "batteries out 10 s, back in": how long the power was off.
                if units[index].cutsPower, let length = units[index].drafts[0].duration, length.seconds != nil,
                    length.bucket <= .seconds
                {
                    units[index].drafts[0].duration = nil
                }
                if units[index].drafts[0].count == nil, units[index].drafts[0].duration == nil,
                    units[index].drafts[0].speed == nil, units[index].drafts[0].flags.isEmpty
                {
                    units[index].drafts = []
                    continue
                }
            }
            let details = units[index].drafts[0]
            if previousWithEvents >= 0,
                let (unit, draft) = Self.vagueCount(in: units[...previousWithEvents], statedBy: details)
            {
                // "flashed red a bunch of times right after the blue went off, she thinks it was six": the
                // count says how many the vague one was, not how many the last light named did.
                units[unit].drafts[draft].count = details.count
                units[index].drafts = []
            } else if previousWithEvents >= 0,
                let changed = Self.changedRhythm(details, in: units[index], after: units[previousWithEvents])
                    ?? Self.bothAfterThen(details, in: units[index], after: units[previousWithEvents])
            {
                units[index].drafts = [changed]
                previousWithEvents = index
            } else if previousWithEvents >= 0,
                !Self.isNowAfterPast(units[index], units[previousWithEvents], next: nextWithEvents[index + 1], units)
            {
                let target = Self.mainClause(before: previousWithEvents, in: units, for: details)
                units[target].drafts[units[target].drafts.count - 1].merge(details)
                units[index].drafts = []
            } else if nextWithEvents[index + 1] >= 0 {
                let target = nextWithEvents[index + 1]
                units[target].drafts[0].merge(Self.handedForward(details, to: target, in: units))
                units[index].drafts = []
            }
        }
    }

    /// The indices of clauses with events, in time order: a clause introduced by "after" / "when"
    /// happened before the clauses it follows in the text.
    /// A clause that opens a sentence with "before" ("before the blue started blinking there was a
    /// red flash", "before going dark it shows blue, then …") happened after the rest of its sentence.
    private static func timeOrder(_ units: [Unit]) -> [Int] {
        var ordered: [Int] = []
        ordered.reserveCapacity(units.count)
        var chain: [Int] = []
        var deferred: Int?
        var sentenceHasEvents = false
        func flushDeferred() {
            ordered += chain.reversed()
            chain.removeAll(keepingCapacity: true)
            if let later = deferred { ordered.append(later) }
            deferred = nil
        }
        for (index, unit) in units.enumerated() {
            if unit.order == .sentence {
                flushDeferred()
                sentenceHasEvents = false
            }
            guard unit.hasEvents else { continue }
            defer { sentenceHasEvents = true }
            // "… after nothing": darkness said last comes last, whatever the word before it.
            let darkLast = unit.drafts.allSatisfy(\.isOff) && !units[(index + 1)...].contains(where: \.hasEvents)
            if unit.order == .before, !sentenceHasEvents, deferred == nil, index + 1 < units.count {
                deferred = index
                continue
            }
            if unit.order?.reverses == true, !chain.isEmpty, !darkLast {
                chain.append(index)
            } else {
                ordered += chain.reversed()
                chain.removeAll(keepingCapacity: true)
                chain.append(index)
            }
        }
        flushDeferred()
        return ordered
    }
}
