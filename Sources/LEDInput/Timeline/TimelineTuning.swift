/// The timeline builder's own knobs — how it clusters durations, debounces glitches and groups
/// pulses. The domain's words for time (blink, slow, fast, episode gap) live in ``TimingVocabulary``;
/// these only say how the builder reads a noisy log. The defaults tolerate ±30 % timing jitter.
public struct TimelineTuning: Sendable, Hashable, Codable {
    /// The longest a glitch can be, in seconds: a pulse or gap is debounced only when it is shorter
    /// than this *and* shorter than half the smallest real pulse. Default 0.05 s.
    public var glitchCeiling: Double
    /// Sorted durations at least this many times apart belong to different clusters (the gaps a
    /// Morse decoder puts its thresholds in). Must exceed the spread of one jittered cluster
    /// (±30 % gives 1.3 / 0.7 ≈ 1.86). Default 2.5.
    public var clusterRatio: Double
    /// The solid/blink boundary moves from ``TimingVocabulary/longestBlinkOn`` to the nearest gap
    /// between on-duration clusters when that gap lies within this factor of it. Default 3.
    public var adaptiveWindow: Double
    /// Dark time longer than this between two pulses of a colour always ends a blink run, in seconds.
    /// Default 5 s.
    public var longestRunGap: Double
    /// Two events are concurrent (one step) when they overlap by at least this fraction of the
    /// shorter one. Default 0.5.
    public var concurrentOverlap: Double
    /// The fewest pulses taking turns that make an `alt` event (two full cycles). Default 4.
    public var minimumAlternatingPulses: Int
    /// The most pulses one episode keeps: the next transition after this many pulses cuts the episode
    /// (it is closed and diagnosed, marked ``TimelineEpisode/isCut``, and that transition starts a new
    /// one), so that a device that never goes dark for the episode gap costs bounded memory. Never more
    /// than ``BlinkCountLimits/maximum`` (the largest count a canonical string may carry). Default 10 000.
    public var maximumEpisodePulses: Int

    /// Creates a tuning; every parameter defaults to the value described on its property.
    public init(
        glitchCeiling: Double = 0.05,
        clusterRatio: Double = 2.5,
        adaptiveWindow: Double = 3,
        longestRunGap: Double = 5,
        concurrentOverlap: Double = 0.5,
        minimumAlternatingPulses: Int = 4,
        maximumEpisodePulses: Int = 10_000
    ) {
        self.glitchCeiling = glitchCeiling
        self.clusterRatio = clusterRatio
        self.adaptiveWindow = adaptiveWindow
        self.longestRunGap = longestRunGap
        self.concurrentOverlap = concurrentOverlap
        self.minimumAlternatingPulses = minimumAlternatingPulses
        self.maximumEpisodePulses = maximumEpisodePulses
    }

    /// The defaults.
    public static let `default` = TimelineTuning()
}
