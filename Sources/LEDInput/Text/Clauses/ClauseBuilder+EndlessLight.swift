extension ClauseBuilder {
    /// A light said to go on without end ("blinks red all the time", "flashing red nonstop") does not end in the
    /// same breath: a "nothing" joined to it by "and" or a comma is something else's reaction ("… and ringing it
    /// does nothing", "…, pressing the button does nothing"), not darkness after it. A darkness told with "then",
    /// or in a sentence of its own, stays.
    static func droppingReactionsAfterEndlessLight(_ units: inout [Unit]) {
        var endless = false
        for index in units.indices {
            let unit = units[index]
            if unit.drafts.count == 1, unit.drafts[0].isOff, !unit.drafts[0].ended, !unit.past, endless,
                unit.order == .comma || unit.order == .then && unit.orderItem == nil
            {
                units[index].drafts = []
                continue
            }
            guard unit.hasEvents else { continue }
            endless =
                !unit.past
                && unit.drafts.last.map { $0.hasColors && !$0.isDark && $0.duration?.bucket == .continuous } ?? false
        }
    }
}
