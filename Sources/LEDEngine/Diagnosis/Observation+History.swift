import LEDCore

/// What the light used to do and what it does now ("it used to blink blue; now it blinks red"): steps
/// flagged `past` come first; the rules read only the steps after them. A diagnosis and an explanation
/// show the whole story, with spans moved to point into the whole canonical string.

struct ObservationHistory {
    /// The observation without its past steps: what the rules read.
    var now: Observation
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
        var present: [UInt8] = []
        stepsStart = CanonicalWriter.write(observation, into: &whole)
        _ = CanonicalWriter.write(now, into: &present)
        inserted = whole.count - present.count
        self.now = now
    }

    /// A byte offset into what the rules read, as an offset into the whole canonical string.
    func moved(_ offset: Int) -> Int { offset >= stepsStart ? offset + inserted : offset }

    /// A byte range into what the rules read, as a range into the whole canonical string.
    func moved(_ range: Range<Int>) -> Range<Int> { moved(range.lowerBound)..<moved(range.upperBound) }
}
