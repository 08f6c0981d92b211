import LEDCore

@testable import LEDInput

extension TimelineEpisode {
    /// The episode's events, step by step.
    var events: [LEDEvent] { observation.events }
    /// The canonical string.
    var canonical: String { observation.canonical }
}

/// Whether every episode survives events → canonical string → events unchanged.
func timelineRoundTrips(_ episodes: [TimelineEpisode]) -> Bool {
    episodes.allSatisfy { episode in
        (try? CanonicalReader.observation(from: episode.observation.canonical)) == episode.observation
    }
}
