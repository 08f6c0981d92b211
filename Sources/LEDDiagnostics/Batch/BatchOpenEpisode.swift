/// A device's episode that is still open: its timeline builder and what the record needs besides the
/// diagnosis. Only devices with an open episode have one, so idle devices cost a few bytes.
///
/// `lit`, `lastTime` and `darkSince` follow the builder's own darkness bookkeeping (times clamped
/// the same way), so that the shard can tell when an idle episode is over without waiting for the
/// device's next line — see ``BatchShard``.
struct BatchOpenEpisode {
    /// The builder; reset and reused when the episode closes for good.
    var builder: TimelineBuilder
    /// The device (shard-local id) whose episode this is; -1 when the slot is free.
    var device: Int32 = -1
    /// The model (shard-local model id) when the episode began; -1 when none.
    var model: Int32 = -1
    /// The file line of the episode's first transition.
    var firstLine = 0
    /// The first and last timestamps as written.
    var startText = BatchTimeText()
    var lastText = BatchTimeText()
    /// The colours on now, by bit (`LEDColor` order).
    var lit: UInt8 = 0
    /// The last (clamped) time.
    var lastTime = -Double.infinity
    /// Since when all colours are off.
    var darkSince = -Double.infinity

    /// A fresh slot around `builder`.
    init(builder: TimelineBuilder) {
        self.builder = builder
    }

    /// Follows the builder's bookkeeping for one transition (call after `builder.add`).
    @inline(__always)
    mutating func track(time: Double, color: UInt8, isOn: Bool) {
        var t = time
        if !t.isFinite || t < lastTime { t = lastTime.isFinite ? lastTime : 0 }
        lastTime = t
        let bit = UInt8(truncatingIfNeeded: 1 << Int(color))
        if isOn {
            lit |= bit
        } else if lit & bit != 0 {
            lit &= ~bit
            if lit == 0 { darkSince = t }
        } else if lit == 0 {
            darkSince = t
        }
    }

    /// Whether the builder would close the episode on a transition at `time`: all dark for at least `gap`.
    @inline(__always)
    func isOver(at time: Double, gap: Double) -> Bool {
        lit == 0 && time - darkSince >= gap
    }
}
