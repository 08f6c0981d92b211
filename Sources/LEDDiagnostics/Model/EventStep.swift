/// Events that happen at the same time — for example a blinking blue LED beside a solid green one.
/// A sequence of steps is an observation's timeline; inside a step, order carries no meaning.
public struct EventStep: Sendable, Hashable, Codable {
    /// The concurrent events, in canonical order (by their canonical tokens).
    public private(set) var events: [LEDEvent]

    /// Creates a step from concurrent events; they are put in canonical order.
    public init(_ events: [LEDEvent]) {
        self.events = events.sorted { CanonicalWriter.token(for: $0) < CanonicalWriter.token(for: $1) }
    }

    /// A step of one event.
    public init(_ event: LEDEvent) {
        self.events = [event]
    }
}
