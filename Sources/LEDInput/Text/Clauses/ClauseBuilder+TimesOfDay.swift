import LEDCore

extension ClauseBuilder {
    /// Lengths from times of day, for events that state none: "started setup at 20:10 and at 20:25 it is
    /// still flashing red" (15 minutes); "9:06 it lit solid red, 9:30 still red" (a "still" clause of the
    /// same light continues it); "at 14:05:10 solid blue came on, at 14:05:40 it went dark" (until the
    /// next time of day that brings nothing new or darkness). A time earlier than the start is later the same
    /// day on a 12-hour clock when it can be ("noon … six now"), else the next day.
    static func lengthsFromTimesOfDay(_ units: inout [Unit], vocabulary: TimingVocabulary) {
        guard units.contains(where: { $0.firstClock != nil }) else { return }
        handClocksOn(&units)
        handSituationClocksBack(&units)
        // A "still" clause about the lit event before it continues that event; so does one that tells no light
        // at a later time ("14:10 still blinking red. 16:10 same thing"): the last such time counts.
        var previousLit: (unit: Int, draft: Int)?
        for index in units.indices {
            // A time alone after a "still" light ("its still blinkin red now at 9") is when it was seen.
            if units[index].still
                || units[index].drafts.isEmpty && units[index].firstContextItem == nil
                    && previousLit.map({ units[$0.unit].still }) == true,
                !units[index].hasEvents, let clock = units[index].lastClock,
                let (unit, _) = previousLit, unit < index, units[unit].lastClock.map({ $0 != clock }) ?? true
            {
                // "14:10 still blinking red. 16:10 same thing": from before 14:10; "my dog went past at 6 n its
                // still blinkin red now at 9": the time of the situation is the start.
                if units[unit].still, !units[unit].clockHandedOn, units[unit].firstContextItem == nil,
                    units[unit].firstClock == units[unit].lastClock
                {
                    units[unit].firstClock = nil
                }
                seenBetween(unit, index, &units)
                units[unit].lastClock = clock
                units[unit].still = true
                continue
            }
            if units[index].still || toldAgainLater(index, after: previousLit, units),
                units[index].drafts.count == 1, let (unit, draft) = previousLit
            {
                let again = units[index].drafts[0]
                let earlier = units[unit].drafts[draft]
                // "solid blue and solid green. 07:00 blue still solid but green started blinking": one LED of two
                // still, the other told beside it, is a new moment of both.
                let partial = Set(again.colors) != Set(earlier.colors)
                if again.colors.allSatisfy(earlier.colors.contains), again.kind == nil || again.kind == earlier.kind,
                    !again.isDark, toldAlone(index, units) || !partial
                {
                    // "08:30 still solid blue, never blinked once": what the later look adds stays
                    if again.flags.contains(.noBlink) { units[unit].drafts[draft].flags.insert(.noBlink) }
                    units[index].drafts = []
                    if units[index].lastClock != nil { seenBetween(unit, index, &units) }
                    units[unit].lastClock = units[index].lastClock ?? units[unit].lastClock
                    units[unit].still = true
                    continue
                }
            }
            if let last = units[index].drafts.indices.last, units[index].drafts[last].hasColors,
                !units[index].drafts[last].isDark
            {
                previousLit = (index, last)
            }
        }
        func length(from start: Double, to end: Double) -> EventDuration? {
            var seconds = end - start
            // "at noon … it's nearly six now": an hour before noon that is later the same day read after noon.
            if seconds < 0, end < 43_200, end + 43_200 > start { seconds += 43_200 }
            if seconds < 0 { seconds += 86_400 }
            guard seconds > 0 else { return nil }
            return EventDuration(seconds: CanonicalSeconds.rounded(seconds), vocabulary: vocabulary)
        }
        var clockBefore: Double?
        for index in units.indices {
            defer { if let clock = units[index].lastClock { clockBefore = clock } }
            // A length said without a number ("the whole time", "all night") yields to a span of two times.
            guard let draft = units[index].drafts.lastIndex(where: { $0.hasColors && !$0.isDark }),
                units[index].drafts[draft].duration == nil
                    || units[index].drafts[draft].duration?.bucket == .continuous
                    || units[index].clockSpan && units[index].drafts[draft].duration?.seconds == nil,
                // "flashed red once at 23:41; by 23:42 dark": a flash, not a minute
                units[index].drafts[draft].count == nil
            else { continue }
            var found: EventDuration?
            if units[index].clockSpan, let start = units[index].firstClock, let end = units[index].lastClock {
                // "14:02 to 14:03 red flashing": the light's span, said before it.
                found = length(from: start, to: end)
            } else if units[index].still, let end = units[index].lastClock {
                let start = units[index].firstClock.flatMap { $0 != end ? $0 : nil } ?? clockBefore
                found = start.flatMap { length(from: $0, to: end) }
            } else if let start = units[index].firstClock,
                let next = units.indices.first(where: { $0 > index && units[$0].firstClock != nil }),
                let end = units[next].firstClock,
                !units[next].hasEvents || units[next].drafts.allSatisfy(\.isDark) || units[next].still
                    || Self.changesTo(units[next], from: units[index].drafts[draft])
            {
                found = length(from: start, to: end)
            } else if units[index].firstClock == nil, let start = clockBefore,
                let next = units.indices.first(where: { $0 > index && units[$0].firstClock != nil }),
                let end = units[next].lastClock, !units[next].hasEvents,
                units[next].still || Self.untilTime(units[next])
            {
                // "cycled the power at 10:00, red flashing then and still at 10:45"; "plugged it back at 7:41;
                // red blinks until about 7:42"
                found = length(from: start, to: end)
            } else if units[index].firstClock == nil, let start = clockBefore,
                let next = units.indices.first(where: { $0 > index && units[$0].firstClock != nil }),
                let end = units[next].firstClock,
                units[next].hasEvents && Self.changesTo(units[next], from: units[index].drafts[draft])
                    || !units[next].hasEvents && units[index].drafts[draft].ended
                    // "19:02 walked in, cam lit steady blue; 19:02:30 off again": the time that brings darkness
                    || units[next].hasEvents && units[next].drafts.allSatisfy(\.isDark) && index > 0
                        && !units[index - 1].hasEvents && units[index - 1].lastClock != nil
            {
                // "21:41 plugged in: blue and green blink together. 21:43 both steady"; "09:00 a car pulls up,
                // the light blue; 09:00:25 blue out": the light said to end at the next time lasted until then.
                found = length(from: start, to: end)
            }
            if let found { units[index].drafts[draft].duration = found }
        }
    }

    /// A time of day said alone between a light with no time of its own and a "still" of it at a later time
    /// ("red blink every 3 s, first seen 23:00, still at it 07:00 next morning") is when the light began.
    private static func seenBetween(_ lit: Int, _ still: Int, _ units: inout [Unit]) {
        guard units[lit].firstClock == nil, lit + 1 < still,
            let seen = units[(lit + 1)..<still].first(where: {
                $0.firstClock != nil && $0.drafts.isEmpty && $0.firstContextItem == nil && !$0.still
            })?.firstClock
        else { return }
        units[lit].firstClock = seen
    }

    /// A clause merged into the one before ("09:45 still blinking red. 10:30 still blinking"): its time of
    /// day and its "still" go with it.
    static func mergeClause(_ index: Int, into previous: Int, _ units: inout [Unit]) {
        units[previous].drafts[units[previous].drafts.count - 1].merge(units[index].drafts[0])
        units[index].drafts = []
        guard units[index].still, let clock = units[index].lastClock else { return }
        if units[previous].still, units[previous].firstClock == units[previous].lastClock {
            units[previous].firstClock = nil  // its start is the time before it
        }
        units[previous].lastClock = clock
        units[previous].still = true
    }

    /// A time of day said alone, just before the light it times ("it's 10:25 now and it's still solid red",
    /// "10:25 now, still red"), is that light's time: the clause with the time has no light and no situation,
    /// the next has a light and no time of its own.
    /// Whether the clause at `index` tells, alone at a later time of day, the very light of the clause `lit` at an
    /// earlier one ("17:00 red blinking. 19:00 red blinking."): it goes on, as "still" says. Not a burst counted
    /// again ("09:00 red x3. 09:30 red x3" is two bursts), nor one LED of two lit before with the other told
    /// beside it ("blue and green solid. Since 21:35 the blue is solid but the green is flashing").
    private static func toldAgainLater(_ index: Int, after lit: (unit: Int, draft: Int)?, _ units: [Unit]) -> Bool {
        guard let lit, let clock = units[index].lastClock, let earlierClock = units[lit.unit].lastClock,
            earlierClock != clock, units[index].drafts.count == 1
        else { return false }
        let earlier = units[lit.unit].drafts[lit.draft]
        let again = units[index].drafts[0]
        return toldAlone(index, units) && earlier.count == nil && again.count == nil && again.colors == earlier.colors
            && (again.kind == nil || again.kind == earlier.kind)
    }

    /// Whether the clause at `index` ends its sentence's lights: no clause with a light follows it in that sentence.
    private static func toldAlone(_ index: Int, _ units: [Unit]) -> Bool {
        index + 1 == units.count || units[index + 1].order == .sentence || !units[index + 1].hasEvents
    }

    private static func handClocksOn(_ units: inout [Unit]) {
        for index in units.indices.dropLast() {
            // "blinked red until about 02:51, since then normal": a time said with "until" ends the light before it.
            guard units[index].firstClock != nil, units[index].drafts.isEmpty, units[index].firstContextItem == nil,
                // "it is 10:20 now, still red": a time said with "now" is not one said with "until".
                !untilTime(units[index]) || units[index].saysNow,
                let next = units[(index + 1)...].firstIndex(where: {
                    !$0.drafts.isEmpty || $0.firstClock != nil || $0.firstContextItem != nil
                }),
                units[next].firstClock == nil, units[next].hasEvents, units[next].still
            else { continue }
            units[next].firstClock = units[index].firstClock
            units[next].lastClock = units[index].lastClock
            units[next].clockHandedOn = true
            units[index].firstClock = nil
            units[index].lastClock = nil
        }
    }

    /// Whether the clause is a time of day alone said with "until" or "then" after a light ("red blinks until
    /// about 7:42"): when that light ended.
    private static func untilTime(_ unit: Unit) -> Bool {
        unit.order == .then && unit.drafts.isEmpty && unit.firstContextItem == nil
            && unit.firstClock != nil
    }

    /// Whether the clause at the next time of day shows the same light in another state ("18:20 ring
    /// blinking red. 18:24 ring solid red", "21:41 blue and green blink together. 21:43 both steady"): the
    /// earlier state lasted until then.
    private static func changesTo(_ next: Unit, from lit: EventDraft) -> Bool {
        guard next.drafts.count == 1, next.order == nil || next.order == .sentence || next.order == .comma else {
            return false
        }
        // A state with no colour of its own ("21:43 both steady") is the same light's: it takes the colours before.
        let later = next.drafts[0]
        return !later.isDark && (later.colors.isEmpty && !later.recordingLight || Set(later.colors) == Set(lit.colors))
            && later.effectiveKind != nil && later.effectiveKind != lit.effectiveKind
    }
}
