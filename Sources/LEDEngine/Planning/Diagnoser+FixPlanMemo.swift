extension Diagnoser {
    /// A fix plan for a ranking: the fixes in order and the plan's expected cost in minutes.
    /// Remembered in the diagnoser's memo by its ``Key``.
    struct FixPlan: Sendable {
        /// What a fix plan depends on: the device (for device-specific steps) and the ranked causes
        /// (indices into `catalog.causes`) with their confidences, in rank order.
        struct Key: Hashable, Sendable {
            var device: String?
            /// Per ranked cause, two words: its index, and the bit pattern of its confidence (one array, so
            /// one allocation per lookup; equal bits mean equal confidences).
            var causes: [UInt64]

            /// The key of `beliefs` on `device`.
            init(device: String?, beliefs: [CauseBelief]) {
                self.device = device
                causes = [UInt64](unsafeUninitializedCapacity: beliefs.count * 2) { buffer, count in
                    for (index, belief) in beliefs.enumerated() {
                        buffer[2 * index] = UInt64(truncatingIfNeeded: belief.cause)
                        buffer[2 * index + 1] = belief.confidence.bitPattern
                    }
                    count = beliefs.count * 2
                }
            }
        }

        /// The fixes, best first.
        var fixes: [PlannedFix]
        /// The plan's expected cost in minutes.
        var expectedCost: Double
    }
}
