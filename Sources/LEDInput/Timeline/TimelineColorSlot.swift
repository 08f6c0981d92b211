/// What the builder keeps per colour between transitions, for the pulse that colour has open.
@usableFromInline
struct TimelineColorSlot: Sendable, BitwiseCopyable {
    /// When the colour went on (valid while its bit is set in the builder's lit mask).
    @usableFromInline var onSince: Double = 0
    /// The line of that `on`.
    @usableFromInline var onLine: Int = 0
    /// Anomalies of the pulse so far (repeated `on`, backwards time).
    @usableFromInline var onFlags: TimelineFlags = []
}
