extension ClauseBuilder {
    /// The details of a clause with no light handed to the light after it, without a vague length when that
    /// light's sentence states an exact one ("trying to add it since lunch; the red light has flashed the whole
    /// time, a good forty minutes now": forty minutes, not hours).
    static func handedForward(_ details: EventDraft, to target: Int, in units: [Unit]) -> EventDraft {
        guard let length = details.duration, length.seconds == nil else { return details }
        var index = target
        while index < units.count, index == target || units[index].order != .sentence {
            if units[index].drafts.contains(where: { $0.duration?.seconds != nil }) {
                var vagueLengthDropped = details
                vagueLengthDropped.duration = nil
                return vagueLengthDropped
            }
            index += 1
        }
        return details
    }
}
