import LEDCore

extension ClauseBuilder {
    /// A time of day said in a "when"/"after" clause right after a light, of a situation and no light ("started
    /// flashing red when the landlord came in at noon", "went solid red after I reset it at 10:00"), is when
    /// that light began: the light's clause takes the time, as if said with it. A light with a time of its own
    /// keeps it.
    static func handSituationClocksBack(_ units: inout [Unit]) {
        for index in units.indices.dropFirst() {
            let previous = index - 1
            guard let order = units[index].order, order.reverses, units[index].drafts.isEmpty,
                units[index].firstContextItem != nil || units[index].motionCue, units[index].firstClock != nil,
                !units[index].clockSpan, units[previous].firstClock == nil, units[previous].hasEvents,
                units[previous].drafts.contains(where: { $0.hasColors && !$0.isDark })
            else { continue }
            units[previous].firstClock = units[index].firstClock
            units[previous].lastClock = units[index].lastClock
            units[index].firstClock = nil
            units[index].lastClock = nil
        }
    }
}
