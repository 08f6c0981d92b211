public import LEDCore

/// Turns one device's time-ordered LED transitions into episodes of events with exact timing.
///
/// Feed transitions with ``add(_:)``; an episode is returned as soon as a darkness gap of at least
/// ``TimingVocabulary/episodeGap`` closes it, and ``finish()`` returns the last one. The builder keeps
/// state for the open episode only — its pulses (48 bytes each) plus fixed per-colour tables — and
/// releases large buffers when an episode closes, so one builder per device streams millions of
/// transitions in memory proportional to the longest single episode. An episode keeps at most
/// ``TimelineTuning/maximumEpisodePulses`` pulses: the transition after that many cuts it (the episode
/// is returned with ``TimelineEpisode/isCut`` set and the transition starts the next one), so a device
/// that never goes dark for the gap costs bounded memory and no count exceeds ``BlinkCountLimits/maximum``.
///
/// What an episode's events look like (times rounded to the millisecond with
/// ``CanonicalSeconds/rounded(_:)``, so events → canonical string → events round-trips exactly):
/// - an `on` at least the solid threshold long → `solid` with `duration` (the threshold is
///   ``TimingVocabulary/longestBlinkOn``, moved into the gap between on-duration clusters near it);
/// - a run of shorter pulses of one colour → `blink` with `count`, `timing` (median on / median dark
///   gap), `speed` from that period and `duration` from the first `on` to the last `off`. A run ends
///   at a dark gap from a longer cluster than the colour's usual gaps, after
///   ``TimelineTuning/longestRunGap``, or when another colour's pulse fits between two of its pulses;
/// - single pulses taking turns between two colours for at least two cycles → one `alt` event whose
///   `count` is the number of **pulses** (not cycles) and whose timing is per pulse;
/// - events overlapping in time (by at least half the shorter) → one step, e.g. the Sync Module's
///   blinking blue beside its solid green; otherwise steps follow in start order (low battery: the
///   blue solid, then the red run that starts within a second of it going off).
///
/// Glitches — dark gaps or pulses shorter than half the smallest real pulse and shorter than
/// ``TimelineTuning/glitchCeiling`` — are merged away and flag the event `debounced`. Malformed logs
/// never stop the builder: an `off` without `on`, an `on` while already on and time going backwards
/// become flags (`off-without-on`, `repeated-on`, `time-backwards`) on the events, and an `on` never
/// switched off makes its event `ongoing`.

public struct TimelineBuilder: Sendable {
    /// The domain's words for time the builder classifies with.
    public var vocabulary: TimingVocabulary { settings.vocabulary }
    /// How the builder reads noisy logs.
    public var tuning: TimelineTuning { settings.tuning }

    // Hot state first: what every transition reads and writes.
    @usableFromInline var lastTime = -Double.infinity
    @usableFromInline var darkSince = -Double.infinity
    @usableFromInline let episodeGap: Double
    /// ``TimelineTuning/maximumEpisodePulses``, at least 1 and at most ``BlinkCountLimits/maximum``.
    @usableFromInline let pulseLimit: Int
    @usableFromInline var endTime = 0.0
    @usableFromInline var lastLine = 0
    @usableFromInline var firstLine = 0
    @usableFromInline var litMask: UInt8 = 0
    @usableFromInline var orphanMask: UInt8 = 0
    @usableFromInline var episodeOpen = false
    @usableFromInline var pulsesSorted = true
    @usableFromInline var anomalies = 0
    @usableFromInline var pulses: [TimelinePulse] = []
    /// Per colour, indexed by `LEDColor.timelineIndex`: since when it is on.
    @usableFromInline var slots = TimelineColorTable(repeating: TimelineColorSlot())
    @usableFromInline var startTime = 0.0
    /// Per colour, `off`s without `on` in the open episode; allocated on the first one.
    @usableFromInline var orphans: [TimelineOrphan] = []
    private let settings: TimelineSettings

    /// Pulse buffers larger than this are released after their episode instead of kept for reuse.
    private static let retainedPulseCapacity = 16

    /// Creates a builder for one device.
    public init(vocabulary: TimingVocabulary = .default) {
        self.init(vocabulary: vocabulary, tuning: .default)
    }

    /// Creates a builder for one device with non-default tuning.
    public init(vocabulary: TimingVocabulary = .default, tuning: TimelineTuning) {
        settings = TimelineSettings(vocabulary: vocabulary, tuning: tuning)
        episodeGap = vocabulary.episodeGap
        pulseLimit = min(max(1, tuning.maximumEpisodePulses), BlinkCountLimits.maximum)
    }

    /// Whether an episode is open: a transition arrived since the last episode was returned.
    public var hasOpenEpisode: Bool { episodeOpen }

    /// Whether a transition at `time` would close the open episode because every LED has been dark
    /// for at least ``TimingVocabulary/episodeGap`` — so a batch can finish an idle device's episode
    /// without waiting for its next line. `time` is clamped like ``add(_:)`` clamps it.
    public func closesEpisode(at time: Double) -> Bool {
        guard episodeOpen, litMask == 0 else { return false }
        let clamped = time.isFinite && time >= lastTime ? time : lastTime
        return clamped - darkSince >= episodeGap
    }

    /// Adds the next transition of the device. Returns the previous episode when this transition comes
    /// after a darkness gap of at least ``TimingVocabulary/episodeGap`` and so closes it; otherwise `nil`.
    ///
    /// A time earlier than the previous one (or not finite) is treated as the previous time and flagged
    /// `time-backwards`; the same time twice is fine.
    public mutating func add(_ transition: LEDTransition) -> TimelineEpisode? {
        var assembler = TimelineAssembler(vocabulary: vocabulary, tuning: tuning)
        return add(transition, assembler: &assembler)
    }

    /// Whether every LED has been dark for at least the episode gap at `time` (not clamped): what
    /// a batch checks to close an idle device's episode at the end of a chunk.
    @inlinable @inline(__always)
    package func isDark(at time: Double) -> Bool {
        litMask == 0 && time - darkSince >= episodeGap
    }

    /// ``add(_:)`` with an assembler lent as a workspace for the episode it may close (its buffers
    /// are reused; what it held before is dropped). Inlined into a batch shard's per-line loop; the
    /// rare cases (closing an episode, `off` without `on`) are calls.
    @inlinable @inline(__always)
    package mutating func add(_ transition: LEDTransition, assembler: inout TimelineAssembler) -> TimelineEpisode? {
        var time = transition.time
        var extra: TimelineFlags = []
        if !time.isFinite || time < lastTime {
            time = lastTime.isFinite ? lastTime : 0
            extra = .timeBackwards
        }
        var closed: TimelineEpisode?
        let line = transition.line
        if litMask == 0, episodeOpen, time - darkSince >= episodeGap {
            closed = closeEpisode(assembler: &assembler)
        } else if pulses.count >= pulseLimit {
            closed = cutEpisode(at: time, line: line, assembler: &assembler)
        }
        if !episodeOpen {
            episodeOpen = true
            firstLine = line
            lastLine = line
            startTime = time
            anomalies = 0
        }
        if !extra.isEmpty { anomalies += 1 }
        lastTime = time
        endTime = time
        if line > lastLine { lastLine = line }
        if line < firstLine { firstLine = line }

        let index = transition.color.timelineIndex
        let bit = UInt8(truncatingIfNeeded: 1 << index)
        if transition.isOn {
            if litMask & bit != 0 {
                slots[index].onFlags.formUnion(extra.union(.repeatedOn))
                anomalies += 1
            } else {
                slots[index].onSince = time
                slots[index].onLine = line
                slots[index].onFlags = extra
                litMask |= bit
            }
        } else if litMask & bit != 0 {
            let slot = slots[index]
            append(
                TimelinePulse(
                    on: slot.onSince, off: time, firstLine: slot.onLine, lastLine: line, mask: bit,
                    flags: slot.onFlags.union(extra)))
            litMask &= ~bit
            if litMask == 0 { darkSince = time }
        } else {
            addOrphan(index: index, time: time, line: line, extra: extra)
        }
        return closed
    }

    /// An `off` of colour `index` without `on`.
    @usableFromInline @inline(never)
    mutating func addOrphan(index: Int, time: Double, line: Int, extra: TimelineFlags) {
        let bit = UInt8(truncatingIfNeeded: 1 << index)
        if orphans.isEmpty {
            orphans = Array(repeating: TimelineOrphan(), count: TimelineColorMask.colorCount)
        }
        if orphanMask & bit == 0 {
            orphans[index] = TimelineOrphan(time: time, firstLine: line, lastLine: line, flags: .offWithoutOn)
            orphanMask |= bit
        } else {
            orphans[index].time = time
            orphans[index].lastLine = max(orphans[index].lastLine, line)
        }
        orphans[index].flags.formUnion(extra)
        anomalies += 1
        if litMask == 0 { darkSince = time }
    }

    /// Ends the input: returns the open episode, if any, with LEDs still on as `ongoing` events
    /// (their known length runs to the last transition). The builder is then as new.
    public mutating func finish() -> TimelineEpisode? {
        var assembler = TimelineAssembler(vocabulary: vocabulary, tuning: tuning)
        return finish(assembler: &assembler)
    }

    /// ``finish()`` with an assembler lent as a workspace (see ``add(_:assembler:)``).
    package mutating func finish(assembler: inout TimelineAssembler) -> TimelineEpisode? {
        guard episodeOpen else {
            reset()
            return nil
        }
        endLitAsOngoing()
        let episode = closeEpisode(assembler: &assembler)
        reset()
        return episode
    }

    /// All episodes of one device's transitions, in order.
    public static func episodes(
        from transitions: [LEDTransition], vocabulary: TimingVocabulary = .default, tuning: TimelineTuning = .default
    ) -> [TimelineEpisode] {
        var builder = TimelineBuilder(vocabulary: vocabulary, tuning: tuning)
        var result: [TimelineEpisode] = []
        for transition in transitions {
            if let episode = builder.add(transition) { result.append(episode) }
        }
        if let episode = builder.finish() { result.append(episode) }
        return result
    }

    @inlinable @inline(__always)
    mutating func append(_ pulse: TimelinePulse) {
        if let last = pulses.last, pulse.on < last.on { pulsesSorted = false }
        pulses.append(pulse)
    }

    /// Ends every LED still lit at the episode's last time, as an `ongoing` pulse (the episode ends with
    /// the input, or is cut, while they are on).
    @usableFromInline
    mutating func endLitAsOngoing() {
        var rest = litMask
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            rest &= rest &- 1
            let slot = slots[index]
            append(
                TimelinePulse(
                    on: slot.onSince, off: endTime, firstLine: slot.onLine, lastLine: lastLine,
                    mask: UInt8(truncatingIfNeeded: 1 << index), flags: slot.onFlags.union(.ongoing)))
        }
        litMask = 0
    }

    /// Cuts the open episode, which holds ``pulseLimit`` pulses, before a transition at `time` on `line`:
    /// LEDs still lit end it as `ongoing` pulses and are lit again from `time` in the next episode, which
    /// that transition opens.
    @inline(never)
    @usableFromInline
    mutating func cutEpisode(at time: Double, line: Int, assembler: inout TimelineAssembler) -> TimelineEpisode {
        let carried = litMask
        endLitAsOngoing()
        var episode = closeEpisode(assembler: &assembler)
        episode.isCut = true
        var rest = carried
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            rest &= rest &- 1
            slots[index] = TimelineColorSlot(onSince: time, onLine: line, onFlags: [])
        }
        litMask = carried
        return episode
    }

    /// Assembles the open episode (whose LEDs are all off, or were just closed as ongoing) and
    /// clears the episode state, keeping buffers for reuse.
    @inline(never)
    @usableFromInline
    mutating func closeEpisode(assembler: inout TimelineAssembler) -> TimelineEpisode {
        var orphanList: [(index: Int, orphan: TimelineOrphan)] = []
        var rest = orphanMask
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            rest &= rest &- 1
            orphanList.append((index, orphans[index]))
        }
        assembler.prepare(vocabulary: vocabulary, tuning: tuning)
        let assembly = assembler.assemble(pulses: &pulses, sorted: pulsesSorted, orphans: orphanList)
        let episode = TimelineEpisode(
            observation: Observation(steps: assembly.steps), firstLine: firstLine, lastLine: lastLine,
            startTime: startTime, endTime: endTime, anomalies: anomalies + assembly.glitches)
        if pulses.capacity > Self.retainedPulseCapacity {
            pulses = []
        } else {
            pulses.removeAll(keepingCapacity: true)
        }
        pulsesSorted = true
        orphanMask = 0
        episodeOpen = false
        anomalies = 0
        return episode
    }

    private mutating func reset() {
        litMask = 0
        orphanMask = 0
        lastTime = -Double.infinity
        darkSince = -Double.infinity
        episodeOpen = false
        pulses.removeAll(keepingCapacity: pulses.capacity <= Self.retainedPulseCapacity)
        pulsesSorted = true
        anomalies = 0
    }
}
