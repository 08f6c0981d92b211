extension ClauseBuilder {
    /// "first green, then blue, then both together": a clause after "then" that only says "both" is a new step,
    /// every colour lit so far, doing what the light before it did (lit, unless it blinked) — not a detail of
    /// the light before it. ``inherit(_:)`` gives it the colours. `nil` for any other clause of details.
    static func bothAfterThen(_ details: EventDraft, in unit: Unit, after earlier: Unit) -> EventDraft? {
        guard details.simultaneous, unit.order == .then, unit.orderItem != nil, details.count == nil,
            details.speed == nil, details.timing == nil, !details.off, !details.ended,
            let light = earlier.drafts.last, light.hasColors, !light.isDark, !earlier.past || unit.past
        else { return nil }
        var both = details
        both.kind = light.effectiveKind ?? .solid
        return both
    }
}
