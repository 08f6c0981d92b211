import LEDCore

/// Lengths said without a number: a unit after a vague count ("few s", "several mins", "a couple hrs") and a
/// plural unit alone where a length is told ("been hrs", "for days", "hours now", "minutes ago"). Each is the
/// vague length of its unit: seconds (brief for "a couple"), minutes, hours.
extension NumberPass {
    /// Words before a plural unit alone that make it a length.
    static let bareUnitLeads: Set<String> = ["been", "for", "like", "over", "literally", "nearly", "almost"]
    /// Words after a plural unit alone that make it a length.
    static let bareUnitFollowers: Set<String> = ["now", "ago", "already", "straight", "later"]

    /// The vague length of `unit` (in seconds) said with `count`, or nil for a unit below a second.
    static func vagueLength(of unit: Double, count: BlinkCount?) -> DurationBucket? {
        switch unit {
        case ..<1: return nil
        case ..<60: return count == .exactly(2) ? .brief : .seconds
        case ..<3600: return .minutes
        default: return .hours
        }
    }

    /// The length of a plural unit alone at item `index` ("been hrs", "hours now"), or nil.
    func bareUnitLength(_ items: [TextItem], at index: Int) -> DurationBucket? {
        let item = items[index]
        guard case .unit(let unit) = item.meaning, item.first == item.last, word(item.first).count > 1,
            word(item.first).hasSuffix("s")
        else { return nil }
        guard Self.bareUnitLeads.contains(word(item.first - 1)) || Self.bareUnitFollowers.contains(word(item.last + 1))
        else { return nil }
        return Self.vagueLength(of: unit, count: nil)
    }
}
