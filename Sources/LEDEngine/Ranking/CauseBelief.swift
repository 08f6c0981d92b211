/// A ranked cause in numbers: its index in `catalog.causes`, its confidence, and the rule hits that
/// support it, strongest first. ``RankedCause`` is made from it for a diagnosis.
struct CauseBelief: Sendable {
    /// The cause's index in `catalog.causes`.
    var cause: Int
    /// Its confidence, 0…1 (rounded down to four decimals).
    var confidence: Double
    /// Indices into the scoring's hits, by score (highest first), then rule id.
    var hits: [Int]
    /// The noisy-OR of its hits' scores, `1 − Π (1 − score)`, before scaling and rounding (0 for a
    /// belief that is not a ranking's, such as a mixture of two).
    var support: Double = 0
}
