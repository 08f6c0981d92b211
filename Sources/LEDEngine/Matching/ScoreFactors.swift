/// The factors whose product is a rule's score (`docs/ranking.md`, section 2).
public struct ScoreFactors: Sendable, Hashable, Codable {
    /// The rule's own weight.
    public var weight: Double
    /// The source tier's multiplier.
    public var tier: Double
    /// How much of the event string the match explains.
    public var specificity: Double
    /// Agreement of the rule's devices with the observed device.
    public var device: Double
    /// Agreement of required contexts.
    public var context: Double
    /// The rule's status (experimental rules count less).
    public var status: Double

    /// The factors' names, in alphabetical order (the JSON order).
    public static let names = ["context", "device", "specificity", "status", "tier", "weight"]

    /// The factors' names in the order `docs/ranking.md` multiplies them.
    static let multiplicationOrder = ["weight", "tier", "specificity", "device", "context", "status"]

    /// Creates the factors of one rule's score.
    public init(weight: Double, tier: Double, specificity: Double, device: Double, context: Double, status: Double) {
        self.weight = weight
        self.tier = tier
        self.specificity = specificity
        self.device = device
        self.context = context
        self.status = status
    }

    /// A factor by name (`"weight"`, `"tier"`, …), or nil for an unknown name.
    public subscript(name: String) -> Double? {
        switch name {
        case "weight": return weight
        case "tier": return tier
        case "specificity": return specificity
        case "device": return device
        case "context": return context
        case "status": return status
        default: return nil
        }
    }

    /// The product of the factors (before the score's cap).
    public var product: Double { weight * tier * specificity * device * context * status }
}
