import LEDCore

/// Last touches on the steps built: a light said twice in a row is one event, and a counted burst that
/// "keeps" coming and then ends is not one blinking without end.
extension ClauseBuilder {
    /// The colours a draft lights ("the recording light" is blue).
    static func colors(of draft: EventDraft) -> [LEDColor] {
        draft.colors.isEmpty ? [.blue] : draft.colors
    }

    /// A correction ("red x5 — correction, rewatched the clip, x6"; "It is blinking blue. No wait, it is
    /// just solid blue"; "green … Or was it blue? Yes, blue"): the first light said after it replaces the
    /// last one said before it, keeping what the correction does not say.
    /// Two markers before one light ("Well, I said solid, but I looked closer and it is flashing") are one
    /// correction. Lights of separate LEDs said one per clause ("the blue is the one blinking, the green is
    /// steady") correct a moment of both together.
    static func applyCorrections(_ units: inout [Unit], _ corrections: [Int]) {
        for (position, start) in corrections.enumerated() {
            guard let earlier = units[..<start].lastIndex(where: \.hasEvents),
                var later = units[start...].firstIndex(where: { !$0.drafts.isEmpty })
            else { continue }
            // "the red went off, took a minute. Correction: it's still red": what was said of the old light goes
            // with it.
            for unit in (earlier + 1)..<start where units[unit].isModifier { units[unit].drafts = [] }
            if position + 1 < corrections.count, corrections[position + 1] <= later { continue }
            var laterUnits = [later]
            if units[earlier].drafts.count > 1, units[later].drafts.count == 1 {
                // "the blue is the one blinking, the green is steady": each LED in a clause of its own.
                while later + 1 < units.count, units[later + 1].order == .comma, units[later + 1].drafts.count == 1,
                    units[later + 1].drafts[0].hasColors, units[later + 1].drafts[0].effectiveKind != nil,
                    laterUnits.count < units[earlier].drafts.count
                {
                    later += 1
                    laterUnits.append(later)
                }
            }
            guard units[earlier].drafts.count == 1 || laterUnits.count > 1 || units[later].drafts.count > 1 else {
                continue
            }
            var replaced = units[earlier].drafts[units[earlier].drafts.count - 1]
            let said = laterUnits.flatMap { units[$0].drafts }
            if said.count > 1 || said[0].hasColors && said[0].effectiveKind != nil {
                // A whole light said again: it replaces the old one, keeping what it leaves out.
                var new = said
                if new.count == 1 {
                    new[0].count = new[0].count ?? replaced.count
                    new[0].duration = new[0].duration ?? replaced.duration
                }
                // "both solid, blue and green. Oh wait, the green is actually blinking": the LEDs the correction
                // does not name keep what was said of them.
                if units[earlier].drafts.count == 1, said.count == 1, replaced.colors.count > 1,
                    Set(said[0].colors).isStrictSubset(of: replaced.colors)
                {
                    var kept = replaced
                    kept.colors.removeAll { said[0].colors.contains($0) }
                    // "… corrected herself: only the blue blinks, the green is steady": the rest said right after.
                    if later + 1 < units.count, units[later + 1].order == .comma, units[later + 1].drafts.count == 1,
                        Set(units[later + 1].drafts[0].colors) == Set(kept.colors),
                        units[later + 1].drafts[0].effectiveKind != nil
                    {
                        kept = units[later + 1].drafts[0]
                        laterUnits.append(later + 1)
                    }
                    new.insert(kept, at: 0)
                }
                units[earlier].drafts = new
            } else {
                let fix = said[0]
                if fix.hasColors { replaced.colors = fix.colors }
                if let kind = fix.kind { replaced.kind = kind }
                if fix.negatedBlink, fix.kind == nil { replaced.kind = .solid }
                replaced.count = fix.count ?? (fix.kind == .solid ? nil : replaced.count)
                replaced.speed = fix.speed ?? replaced.speed
                replaced.duration = fix.duration ?? replaced.duration
                replaced.flags.formUnion(fix.flags)
                units[earlier].drafts[units[earlier].drafts.count - 1] = replaced
            }
            for unit in laterUnits { units[unit].drafts = [] }
        }
    }

    /// The same light said twice in a row ("blue on, green on, both steady as a rock", "both lit and
    /// steady, … and neither of them blinks") is one event with what each saying adds.
    static func mergingRepeats(_ result: Result) -> Result {
        var result = result
        var index = 1
        while index < result.steps.count {
            let (earlier, later) = (result.steps[index - 1], result.steps[index])
            if earlier.count == 1, later.count == 1, Self.repeats(earlier[0], later[0]) {
                result.steps[index - 1][0].merge(later[0])
                result.steps.remove(at: index)
            } else {
                index += 1
            }
        }
        return result
    }

    /// Whether one count is a range that holds the other: "a couple times …, two or three blinks max".
    private static func restates(_ a: BlinkCount?, _ b: BlinkCount?) -> Bool {
        switch (a, b) {
        case (.exactly(let n)?, .between(let low, let high)?), (.between(let low, let high)?, .exactly(let n)?):
            return (low...high).contains(n)
        default: return false
        }
    }

    /// Whether `later` says the same light as `earlier` again, with nothing that contradicts it.
    private static func repeats(_ earlier: EventDraft, _ later: EventDraft) -> Bool {
        guard !earlier.isDark, !later.isDark, !earlier.colors.isEmpty,
            Set(earlier.colors) == Set(later.colors),
            (earlier.effectiveKind ?? .solid) == (later.effectiveKind ?? .solid),
            earlier.flags.contains(.past) == later.flags.contains(.past),
            // "lit blue for the clip, then … as the blue went out": a steady light said again as it ends is
            // the light ending.
            !later.ended || (earlier.effectiveKind ?? .solid) == .solid && !earlier.ended
        else { return false }
        func agree<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a == nil || b == nil || a == b }
        // "blinks 3 times, pauses, blinks 3 times again": two bursts, each counted; "blinked red once …; it
        // keeps blinking red for ages": a burst and a long blinking.
        let counts = [earlier.count, later.count].compactMap { $0 }.count
        let lengths = [earlier.duration, later.duration].compactMap { $0 }.count
        guard counts == 0 || counts == 1 && lengths == 0 || Self.restates(earlier.count, later.count) else {
            return false
        }
        return agree(earlier.speed, later.speed)
            && (agree(earlier.duration, later.duration) || Self.stillGoing(earlier.duration, later.duration))
            && agree(earlier.timing, later.timing)
    }

    /// Whether one length is a light still going and the other how long it has gone on: "went solid blue and has
    /// stayed that way; … for over an hour without blinking" is one light of hours.
    private static func stillGoing(_ a: EventDuration?, _ b: EventDuration?) -> Bool {
        guard let a, let b else { return false }
        let (going, length) = a.bucket == .continuous ? (a, b) : (b, a)
        return going.bucket == .continuous && going.seconds == nil && length.bucket >= .minute
            && length.bucket != .continuous
    }

    /// A counted burst that "keeps" coming ("keeps doing 6 red blinks after every clip", "keeps flashing red
    /// like 3 times whenever a cat walks by, then goes dark"), or a counted burst said to go on and then end,
    /// comes back each time; it is not one blinking without end.
    static func endingCountedBursts(_ result: Result) -> Result {
        var result = result
        for index in result.steps.indices {
            guard result.steps[index].count == 1 else { continue }
            let draft = result.steps[index][0]
            let darknessFollows =
                index + 1 < result.steps.count && result.steps[index + 1].count == 1
                && result.steps[index + 1][0].isOff
            guard draft.keeps || darknessFollows else { continue }
            guard draft.duration?.bucket == .continuous, !draft.flags.contains(.past) else { continue }
            switch draft.count {
            case .exactly?, .between?: result.steps[index][0].duration = nil
            default: continue
            }
        }
        return result
    }

    /// A length stated for one moment of separate LEDs ("blue blinking, green solid, 25 min so far"; "the
    /// blue steady and the green blinking since Friday") is how long both lit that way: the events of the
    /// step without a length of their own take it. A "keeps"/"nonstop" of one LED stays that LED's.
    static func sharingStepLengths(_ result: Result) -> Result {
        var result = result
        for index in result.steps.indices where result.steps[index].count > 1 {
            let stated = Set(
                result.steps[index].compactMap(\.duration).filter { $0.bucket != .continuous }.map(\.bucket))
            guard stated.count == 1,
                let length = result.steps[index].compactMap(\.duration).first(where: { $0.bucket != .continuous })
            else { continue }
            for draft in result.steps[index].indices where result.steps[index][draft].duration == nil {
                guard !result.steps[index][draft].isDark else { continue }
                result.steps[index][draft].duration = length
            }
        }
        return result
    }
}
