import LEDInput

extension BatchDiagnoser.Shard {
    /// A device's episode that is still open: its timeline builder and what the record needs besides the
    /// diagnosis. Only devices with an open episode have one, so idle devices cost a few bytes.
    ///
    /// Whether an idle episode is over comes from the builder's own darkness bookkeeping, so that the
    /// shard can tell without waiting for the device's next line — see ``BatchDiagnoser.Shard``.
    struct OpenEpisode {
        /// The builder; reset and reused when the episode closes for good.
        var builder: TimelineBuilder
        /// The device (shard-local id) whose episode this is; -1 when the slot is free.
        var device: Int32 = -1
        /// The model (shard-local model id) when the episode began; -1 when none.
        var model: Int32 = -1
        /// The file line of the episode's first transition.
        var firstLine = 0
        /// The first and last timestamps as written.
        var startText = BatchDiagnoser.TimeText()
        var lastText = BatchDiagnoser.TimeText()
        /// Following (``BatchFollow``): when the episode's last line arrived (``MonotonicClock`` seconds).
        var lastArrival = Double.nan

        /// A fresh slot around `builder`.
        init(builder: TimelineBuilder) {
            self.builder = builder
        }

        /// Whether the builder would close the episode on a transition at `time`: all dark for at least
        /// the episode gap (`time` not clamped).
        @inline(__always)
        func isOver(at time: Double) -> Bool {
            builder.isDark(at: time)
        }
    }
}
