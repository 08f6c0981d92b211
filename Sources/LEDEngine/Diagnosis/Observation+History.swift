import LEDCore

/// What the light used to do and what it does now ("it used to blink blue; now it blinks red"): steps
/// flagged `past` come first; the rules read only the steps after them. A diagnosis and an explanation
/// show the whole story, with spans moved to point into the whole canonical string.

struct ObservationHistory {
    /// The observation without its past steps: what the rules read.
    var now: Observation
    /// The whole observation's canonical string.
    var canonical: [UInt8]
    /// Where its parts lie.
    var layout: CanonicalLayout
    /// Where the steps start in the canonical string (the header is the same for both).
    var stepsStart: Int
    /// How many bytes the past steps add to the canonical string.
    var inserted: Int

    /// The history of `observation`, or nil when it has no past steps (or nothing but past steps).
    init?(_ observation: Observation) {
        let pastSteps = observation.steps.prefix { step in step.events.allSatisfy { $0.flags.contains(.past) } }.count
        guard pastSteps > 0, pastSteps < observation.steps.count else { return nil }
        var now = observation
        now.steps.removeFirst(pastSteps)
        var whole: [UInt8] = []
        layout = CanonicalWriter.write(observation, into: &whole)
        canonical = whole
        // The first step of what the light does now starts where the past steps (and their spaces) end.
        let pastEvents = observation.steps.prefix(pastSteps).reduce(0) { $0 + $1.events.count }
        stepsStart = layout.eventsStart
        inserted = layout.token(pastEvents).lowerBound - stepsStart
        self.now = now
    }

    /// A byte offset into what the rules read, as an offset into the whole canonical string.
    func moved(_ offset: Int) -> Int { offset >= stepsStart ? offset + inserted : offset }

    /// A byte range into what the rules read, as a range into the whole canonical string.
    func moved(_ range: Range<Int>) -> Range<Int> { moved(range.lowerBound)..<moved(range.upperBound) }
}
