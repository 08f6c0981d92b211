public import LEDCore

/// What ``TextObservationParser`` made of a text: the observation, and how each recognised word was read.

public struct ParsedText: Sendable, Hashable {
    /// The observation the text describes.
    public var observation: Observation
    /// The recognised words and phrases, in input order (filler words are not listed).
    public var readings: [WordReading]
    /// Words read as others ("flashng" as "flashing"), in input order.
    public var repairs: [WordRepair]
    /// What was read with a doubt, for people: two lengths of one event that contradict each other
    /// ("for 3 minutes and 4 hours" keeps 3 minutes and says so here).
    public var warnings: [String]

    /// Creates a parse result.
    public init(
        observation: Observation, readings: [WordReading], repairs: [WordRepair] = [], warnings: [String] = []
    ) {
        self.observation = observation
        self.readings = readings
        self.repairs = repairs
        self.warnings = warnings
    }

    /// The canonical event string of ``observation``.
    public var canonical: String { observation.canonical }
}
