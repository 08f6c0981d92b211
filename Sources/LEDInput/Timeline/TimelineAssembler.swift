package import LEDCore

/// Turns the pulses of one closed episode into steps of events.
///
/// The stages, each in its own file:
/// 1. **Debounce** (`TimelineAssembler+Debounce`): the glitch threshold is half the smallest real
///    pulse (capped by ``TimelineTuning/glitchCeiling``); a dark gap shorter than it between two pulses
///    of one colour is merged away, and a pulse shorter than it is dropped, its flags given to the
///    nearest pulse of its colour. Either marks the surviving event `debounced`. Pulses of different
///    colours switched on and off together are then merged into one pulse of several colours.
/// 2. **Runs** (`TimelineAssembler+Runs`): on-durations are clustered (Morse-style, see
///    ``TimelineClusters``) to find the solid/blink threshold; long pulses are `solid` events; short
///    pulses of one colour form runs, which break at a dark gap of a longer cluster than the colour's
///    usual off time, or when another colour's pulse fits between two of them (the colours took turns).
/// 3. **Alternation** (`TimelineAssembler+Alternation`): at least two cycles of single pulses taking
///    turns between two colours become one `alt` event.
/// 4. **Steps** (`TimelineAssembler+Steps`): `off` without `on` go onto the nearest event of their
///    colour; events overlapping in time (by at least half the shorter one) share a step.
///
/// A device's builder keeps no assembly buffers between episodes: an assembler is made for each
/// episode, or one is lent to many builders as a workspace (a batch shard keeps one, so that its
/// buffers are reused rather than allocated per episode — see ``prepare(vocabulary:tuning:)``).

@usableFromInline
package struct TimelineAssembler {
    /// The domain's words for time.
    private(set) var vocabulary: TimingVocabulary
    /// The builder's tuning.
    private(set) var tuning: TimelineTuning
    /// Glitches shorter than this were debounced (0 when nothing was).
    var glitchThreshold = 0.0
    /// How many glitches were debounced.
    var glitches = 0
    /// The events being built.
    var drafts: [TimelineEventDraft] = []
    /// The distinct colour masks of short pulses, and for each the dark gap at which its runs break.
    var runMasks: [UInt8] = []
    /// Parallel to `runMasks`.
    var runBreaks: [Double] = []
    /// Reused numbers (durations, gaps).
    var scratch: [Double] = []

    /// Creates an assembler.
    package init(vocabulary: TimingVocabulary, tuning: TimelineTuning) {
        self.vocabulary = vocabulary
        self.tuning = tuning
    }

    /// Readies the assembler for another episode of a builder with `vocabulary` and `tuning`: as
    /// new, but keeping its buffers' capacity.
    mutating func prepare(vocabulary: TimingVocabulary, tuning: TimelineTuning) {
        self.vocabulary = vocabulary
        self.tuning = tuning
        glitchThreshold = 0
        glitches = 0
        drafts.removeAll(keepingCapacity: true)
        runMasks.removeAll(keepingCapacity: true)
        runBreaks.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
    }

    /// Pulses closer than this count as simultaneous (lit together, taking turns back to back).
    var simultaneity: Double { max(glitchThreshold, 0.001) }

    /// Assembles one episode. `pulses` is used as a work buffer (the caller clears it afterwards);
    /// `orphans` are the colours switched off without `on`, by colour index.
    mutating func assemble(
        pulses: inout [TimelinePulse], sorted: Bool, orphans: [(index: Int, orphan: TimelineOrphan)]
    ) -> (steps: [EventStep], glitches: Int) {
        if !sorted { pulses.sort(by: Self.precedes) }
        if pulses.count == 1, orphans.isEmpty {
            return ([EventStep(singlePulseDraft(pulses[0]).event(vocabulary: vocabulary))], 0)
        }
        debounce(&pulses)
        mergeLitTogether(&pulses)
        formEvents(&pulses)
        mergeAlternation(pulses)
        attachOrphans(orphans)
        return (groupSteps(), glitches)
    }

    /// Pulse order: by `on`, then `off`, then colour.
    static func precedes(_ a: TimelinePulse, _ b: TimelinePulse) -> Bool {
        if a.on != b.on { return a.on < b.on }
        if a.off != b.off { return a.off < b.off }
        return a.mask < b.mask
    }

    /// The event of an episode that is a single pulse — what the full assembly gives for it, without
    /// its buffers: a solid when long or ongoing, otherwise one blink.
    func singlePulseDraft(_ pulse: TimelinePulse) -> TimelineEventDraft {
        if pulse.isOngoing || pulse.duration >= vocabulary.longestBlinkOn {
            return TimelineEventDraft(kind: .solid, pulse: pulse)
        }
        var draft = TimelineEventDraft(kind: .blink, pulse: pulse)
        draft.count = 1
        draft.medianOn = CanonicalSeconds.rounded(pulse.duration)
        return draft
    }
}
