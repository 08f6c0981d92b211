import LEDCore

extension ClauseBuilder {
    /// A time of day said in a "when"/"after" clause right after a light, of a situation and no light ("started
    /// flashing red when the landlord came in at noon", "went solid red after I reset it at 10:00"), is when
    /// that light began: the light's clause takes the time, as if said with it. A light with a time of its own
    /// keeps it. So do two times alone said after a light ("blinked red all night, from 23:00 to 07:00"): its span.
    static func handSituationClocksBack(_ units: inout [Unit]) {
        for index in units.indices.dropFirst() {
            let previous = index - 1
            // "Blinked red all night, from 11pm last night until 7am this morning": two times alone after a light
            // are its span.
            let span =
                units[index].clockSpan && units[index].order == .comma && units[index].drafts.isEmpty
                && units[index].firstContextItem == nil && !units[index].motionCue
            guard let order = units[index].order, order.reverses || span, units[index].drafts.isEmpty,
                units[index].firstContextItem != nil || units[index].motionCue || span, units[index].firstClock != nil,
                !units[index].clockSpan || span, units[previous].firstClock == nil, units[previous].hasEvents,
                units[previous].drafts.contains(where: { $0.hasColors && !$0.isDark })
            else { continue }
            units[previous].firstClock = units[index].firstClock
            units[previous].lastClock = units[index].lastClock
            units[previous].clockSpan = span
            units[index].firstClock = nil
            units[index].lastClock = nil
        }
    }
}
