/// Facts about one event beyond its colour, kind and timing: whether it is still going, what the
/// person said it does not do, and anomalies the timeline builder found in a log.
public enum EventFlag: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Still going when the observation ends (an `on` never switched off; "keeps blinking").
    case ongoing
    /// The person said it never blinks ("solid blue, no blink").
    case noBlink = "noblink"
    /// What the light used to do, told before what it does now ("it used to blink blue; now it blinks
    /// red"): shown, but the rules read only what it does now.
    case past
    /// Glitches shorter than the debounce threshold were removed from this event.
    case debounced
    /// The log switched a colour off that was not on.
    case offWithoutOn = "off-without-on"
    /// The log switched a colour on that was already on.
    case repeatedOn = "repeated-on"
    /// A timestamp went backwards inside this event; it was treated as the previous time.
    case timeBackwards = "time-backwards"

    /// Flags sort alphabetically by their canonical spelling.
    public static func < (lhs: EventFlag, rhs: EventFlag) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether the flag reports a defect of the input log rather than LED behaviour.
    public var isAnomaly: Bool {
        switch self {
        case .ongoing, .noBlink, .past: return false
        case .debounced, .offWithoutOn, .repeatedOn, .timeBackwards: return true
        }
    }
}
