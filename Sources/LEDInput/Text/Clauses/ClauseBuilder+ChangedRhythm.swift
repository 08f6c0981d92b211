extension ClauseBuilder {
    /// A clause of details only, told of now right after what the light used to do, when it changes what that
    /// light did: "it used to blink red every 2 seconds; now it's down to twice a second", "used to blink red 3
    /// times, now 6 times". It is the same light doing it differently now — that light's colours and kind with
    /// the new details — rather than more about the old one. So is a clause of details told of the past right
    /// after the light now: "It blinks red faster than before. It used to be about once every 2 seconds". `nil`
    /// when the clause is of the same time as the light, says nothing the light did not say, or agrees with it.
    static func changedRhythm(_ details: EventDraft, in unit: Unit, after earlier: Unit) -> EventDraft? {
        guard earlier.past != unit.past, let light = earlier.drafts.last, light.hasColors, !light.isDark,
            details.flags.isEmpty
        else { return nil }
        let changes =
            details.speed.map { $0 != light.speed } ?? false
            || details.count.map { $0 != light.count } ?? false
            || details.timing.map { $0 != light.timing } ?? false
        guard changes else { return nil }
        var changed = details
        changed.colors = light.colors
        changed.recordingLight = light.recordingLight
        changed.simultaneous = light.simultaneous
        changed.kind = light.effectiveKind
        return changed
    }

    /// Whether a clause of details told of now, after what the light used to do, belongs to the light told of now
    /// after it ("it used to blink blue; now, since Monday, it is solid blue": the days are the solid blue's).
    static func isNowAfterPast(_ unit: Unit, _ earlier: Unit, next: Int, _ units: [Unit]) -> Bool {
        earlier.past && !unit.past && next >= 0 && !units[next].past
    }
}
