/// What was seen: an optional device model, the situation, and the LED events in time order.
/// Typed text, rig logs and canonical strings all become an `Observation`.
public struct Observation: Sendable, Hashable, Codable {
    /// The catalog id of the device model (`mini`, `outdoor-4`, …), when known.
    public var device: String?
    /// The situation the observation was made in.
    public var contexts: Set<ObservationContext>
    /// The events in time order; each step holds the events that happened at the same time.
    public var steps: [EventStep]

    /// Creates an observation.
    public init(device: String? = nil, contexts: Set<ObservationContext> = [], steps: [EventStep]) {
        self.device = device
        self.contexts = contexts
        self.steps = steps
    }

    /// An observation of a simple sequence, one event at a time.
    public init(device: String? = nil, contexts: Set<ObservationContext> = [], sequence: [LEDEvent]) {
        self.init(device: device, contexts: contexts, steps: sequence.map(EventStep.init))
    }

    /// Every event, step by step.
    public var events: [LEDEvent] { steps.flatMap(\.events) }

    /// The canonical event string (see `docs/event-language.md`).
    public var canonical: String { CanonicalWriter.string(for: self) }
}
