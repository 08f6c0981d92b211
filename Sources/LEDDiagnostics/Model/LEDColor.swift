/// A colour an LED shows. Written in the canonical event string by its raw value.
public enum LEDColor: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case amber, blue, green, purple, red, white, yellow

    /// Colours sort alphabetically by name, the order the canonical string writes them in.
    public static func < (lhs: LEDColor, rhs: LEDColor) -> Bool { lhs.rawValue < rhs.rawValue }
}
