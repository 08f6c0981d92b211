/// How many pulses an event had, as exactly as it is known.
public enum BlinkCount: Sendable, Hashable, Codable {
    /// An exact number of pulses (at least 1).
    case exactly(Int)
    /// A range such as "5 or 6" (`lower` < `upper`, both at least 1).
    case between(Int, Int)
    /// "a few".
    case few
    /// "several".
    case several

    /// The canonical spelling: `6`, `5-6`, `few`, `several`.
    public var canonical: String {
        switch self {
        case .exactly(let n): return String(n)
        case .between(let a, let b): return "\(a)-\(b)"
        case .few: return "few"
        case .several: return "several"
        }
    }
}
