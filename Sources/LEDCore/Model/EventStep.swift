/// Events that happen at the same time — for example a blinking blue LED beside a solid green one.
/// A sequence of steps is an observation's timeline; inside a step, order carries no meaning.
public struct EventStep: Sendable, Hashable, Codable {
    /// The concurrent events, in canonical order (by their canonical tokens).
    public private(set) var events: [LEDEvent]

    /// Creates a step from concurrent events; they are put in canonical order.
    public init(_ events: [LEDEvent]) {
        guard events.count > 1 else {
            self.events = events
            return
        }
        // Each token written once, as bytes, not once per comparison. Tokens are ASCII, where byte
        // order is the strings' order: the same comparisons, so the same order.
        let tokens = events.map { event in
            var token: [UInt8] = []
            CanonicalWriter.write(event, into: &token)
            return token
        }
        self.events = tokens.indices.sorted { tokens[$0].lexicographicallyPrecedes(tokens[$1]) }.map { events[$0] }
    }

    /// A step of one event.
    public init(_ event: LEDEvent) {
        self.events = [event]
    }
}
