/// What ``TextObservationParser`` made of a text: the observation, and how each recognised word was read.
public struct ParsedText: Sendable, Hashable {
    /// The observation the text describes.
    public var observation: Observation
    /// The recognised words and phrases, in input order (filler words are not listed).
    public var readings: [WordReading]

    /// Creates a parse result.
    public init(observation: Observation, readings: [WordReading]) {
        self.observation = observation
        self.readings = readings
    }

    /// The canonical event string of ``observation``.
    public var canonical: String { observation.canonical }
}
