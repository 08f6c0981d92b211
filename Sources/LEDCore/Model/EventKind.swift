/// What an LED does during one event.
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A steady light.
    case solid
    /// Repeated pulses of one colour (or of several colours lit together).
    case blink
    /// Two or more colours taking turns.
    case alternating = "alt"
    /// Dark.
    case off
}
