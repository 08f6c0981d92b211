/// A colour an LED shows. Written in the canonical event string by its raw value.
public enum LEDColor: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case amber, blue, green, purple, red, white, yellow

    /// Colours sort alphabetically by name, the order the canonical string writes them in.
    public static func < (lhs: LEDColor, rhs: LEDColor) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension LEDColor {
    /// The colour's index in per-colour tables (0 ..< 7, alphabetical).
    @inlinable
    package var timelineIndex: Int {
        switch self {
        case .amber: return 0
        case .blue: return 1
        case .green: return 2
        case .purple: return 3
        case .red: return 4
        case .white: return 5
        case .yellow: return 6
        }
    }
}
