/// What the builder keeps per colour between transitions, for the pulse that colour has open.
struct TimelineColorSlot: Sendable {
    /// When the colour went on (valid while its bit is set in the builder's lit mask).
    var onSince: Double = 0
    /// The line of that `on`.
    var onLine: Int = 0
    /// Anomalies of the pulse so far (repeated `on`, backwards time).
    var onFlags: TimelineFlags = []
}
