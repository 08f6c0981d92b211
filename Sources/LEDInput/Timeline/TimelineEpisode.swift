public import LEDCore

/// One episode of a device's timeline: LED activity between two darkness gaps of at least
/// ``TimingVocabulary/episodeGap``, turned into events with exact timing.

public struct TimelineEpisode: Sendable, Hashable {
    /// The events of the episode. `device` is `nil` and `contexts` are empty: the caller sets the device.
    public var observation: Observation
    /// The first log line of the episode (1-based).
    public var firstLine: Int
    /// The last log line of the episode (1-based).
    public var lastLine: Int
    /// The time of the episode's first transition, in seconds.
    public var startTime: Double
    /// The time of the episode's last transition, in seconds.
    public var endTime: Double
    /// How many anomalies the builder recorded: each `off` without `on`, repeated `on` and backwards
    /// (or non-finite) time, and each glitch debounced. They are also flags on the events.
    public var anomalies: Int
    /// Whether the episode was cut at ``TimelineTuning/maximumEpisodePulses`` rather than ended by a
    /// darkness gap (or the end of the input): the device's next transitions start a new episode, and
    /// LEDs lit at the cut end this one as `ongoing` and are lit from the start of the next.
    public var isCut = false

    /// Creates an episode.
    public init(
        observation: Observation, firstLine: Int, lastLine: Int, startTime: Double, endTime: Double, anomalies: Int
    ) {
        self.observation = observation
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.startTime = startTime
        self.endTime = endTime
        self.anomalies = anomalies
    }
}
