/// A rough length of time, the way people and rules talk about it.
public enum DurationBucket: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Under about 3 seconds.
    case brief
    /// A few seconds, under about 45.
    case seconds
    /// About a minute.
    case minute
    /// Minutes, under an hour.
    case minutes
    /// An hour or more.
    case hours
    /// Without end: "keeps blinking", "won't stop".
    case continuous

    /// Buckets order from shortest to longest.
    public static func < (lhs: DurationBucket, rhs: DurationBucket) -> Bool {
        guard let l = allCases.firstIndex(of: lhs), let r = allCases.firstIndex(of: rhs) else { return false }
        return l < r
    }
}
