/// `off` transitions of one colour that had no `on`, kept until the episode is assembled.
/// One slot per colour keeps this bounded however many there are.
@usableFromInline
struct TimelineOrphan: Sendable {
    /// The time of the latest such `off`.
    var time: Double = 0
    /// The first line of such an `off`.
    var firstLine: Int = Int.max
    /// The last line of such an `off`.
    var lastLine: Int = 0
    /// `offWithoutOn`, and `timeBackwards` when a timestamp was also out of order.
    var flags: TimelineFlags = []
}
