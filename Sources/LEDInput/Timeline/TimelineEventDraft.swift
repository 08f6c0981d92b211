import LEDCore

/// An event while an episode is being assembled: plain numbers and bit sets, turned into an
/// ``LEDEvent`` once at the end.

struct TimelineEventDraft: Sendable {
    /// `solid`, `blink`, `alt` (colours taking turns) or `off` (only an `off` without `on` was seen).
    var kind: EventKind
    /// The colour bits.
    var mask: UInt8
    /// The first `on` (or the orphan `off`), in seconds.
    var start: Double
    /// The last `off` (for ongoing events: the episode's last transition), in seconds.
    var end: Double
    /// Pulses (blink, alt).
    var count: Int = 0
    /// Median on-time of the pulses (blink, alt), already rounded to the millisecond.
    var medianOn: Double = 0
    /// Median dark time between pulses, rounded; `nil` for a single pulse.
    var medianOff: Double?
    /// Ongoing and anomaly flags.
    var flags: TimelineFlags
    /// The first source line.
    var firstLine: Int
    /// The last source line.
    var lastLine: Int
    /// For a run: its first and last pulse (pulses are linked by ``TimelinePulse/nextInRun``).
    var headPulse: Int = -1
    /// The last pulse of a run.
    var tailPulse: Int = -1
    /// While a run is open: the earliest end of another colour's pulse that started after this run's
    /// last pulse ended. If the run's next pulse starts after it, the colours took turns: the run ends.
    var interruptEnd: Double = .infinity
    /// While a run is open: colours whose pulses were lit during this run's pulses (blinking
    /// independently beside it); they do not interrupt it.
    var concurrentMask: UInt8 = 0
    /// Set when the draft was merged into another (alternation) and is no longer an event.
    var isRemoved = false

    /// How long the event lasted.
    var duration: Double { end - start }

    /// Creates a draft covering one pulse.
    init(kind: EventKind, pulse: TimelinePulse) {
        self.kind = kind
        mask = pulse.mask
        start = pulse.on
        end = pulse.off
        flags = pulse.flags
        firstLine = pulse.firstLine
        lastLine = pulse.lastLine
    }

    /// Creates a draft of a colour that was only switched off.
    init(orphanIndex: Int, orphan: TimelineOrphan) {
        kind = .off
        mask = UInt8(truncatingIfNeeded: 1 << orphanIndex)
        start = orphan.time
        end = orphan.time
        flags = orphan.flags
        firstLine = orphan.firstLine
        lastLine = orphan.lastLine
    }

    /// The finished event. Every exact time is rounded with ``CanonicalSeconds/rounded(_:)`` so
    /// that the event survives a round trip through its canonical string.
    func event(vocabulary: TimingVocabulary) -> LEDEvent {
        let colors = TimelineColorMask.colors(in: mask)
        let source = SourceSpan.lines(first: firstLine, last: lastLine)
        let length = CanonicalSeconds.rounded(max(0, duration))
        switch kind {
        case .solid:
            let known: EventDuration? =
                flags.contains(.ongoing) && length == 0 ? nil : EventDuration(seconds: length, vocabulary: vocabulary)
            return LEDEvent(colors: colors, kind: .solid, duration: known, flags: flags.eventFlags, source: source)
        case .blink, .alternating:
            let timing = PulseTiming(on: medianOn, off: medianOff)
            return LEDEvent(
                colors: colors, kind: kind, count: .exactly(count),
                speed: timing.period.map { vocabulary.speed(forPeriod: $0) },
                duration: EventDuration(seconds: length, vocabulary: vocabulary), timing: timing,
                flags: flags.eventFlags, source: source)
        case .off:
            return LEDEvent(colors: colors, kind: .off, flags: flags.eventFlags, source: source)
        }
    }
}
