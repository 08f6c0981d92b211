/// One step of the fix plan.
public struct PlannedFix: Sendable, Hashable, Codable {
    /// The fix id.
    public var id: String
    /// Its title.
    public var title: String
    /// What to do, for this device when the catalog says how.
    public var steps: [String]
    /// What it costs, in minutes, including setup again when it is destructive.
    public var minutes: Double
    /// Whether it wipes settings.
    public var destructive: Bool
    /// The causes it addresses, most likely first.
    public var causes: [String]
    /// P(this fix works | the fixes before it did not).
    public var probability: Double

    enum CodingKeys: String, CodingKey {
        case id, title, steps, minutes, destructive
        case causes = "for"
        case probability
    }
}
