extension Diagnoser {
    /// A fix plan for a ranking: the fixes in order and the plan's expected cost in minutes, kept as the
    /// planner's order — a report's ``PlannedFix`` list is made from it by ``Diagnoser/plannedFixes(_:device:)``.
    /// Remembered in the diagnoser's memo by its ``Key``.
    struct FixPlan: Sendable {
        /// What a fix plan depends on: the device (for device-specific steps), the ranked causes
        /// (indices into `catalog.causes`) with their confidences, in rank order, and the fixes left out.
        struct Key: Hashable, Sendable {
            var device: String?
            /// Per ranked cause, two words: its index, and the bit pattern of its confidence (one array, so
            /// one allocation per lookup; equal bits mean equal confidences); then the number of fixes left
            /// out and their indices.
            var causes: [UInt64]

            /// The key of `beliefs` on `device`, without the fixes `unavailable`.
            init(device: String?, beliefs: [CauseBelief], unavailable: [Int] = []) {
                self.device = device
                // The causes' words, then the left-out fixes' indices after their count.
                let count = beliefs.count * 2 + 1 + unavailable.count
                causes = [UInt64](unsafeUninitializedCapacity: count) { buffer, written in
                    for (index, belief) in beliefs.enumerated() {
                        buffer[2 * index] = UInt64(truncatingIfNeeded: belief.cause)
                        buffer[2 * index + 1] = belief.confidence.bitPattern
                    }
                    buffer[beliefs.count * 2] = UInt64(truncatingIfNeeded: unavailable.count)
                    for (index, fix) in unavailable.enumerated() {
                        buffer[beliefs.count * 2 + 1 + index] = UInt64(truncatingIfNeeded: fix)
                    }
                    written = count
                }
            }
        }

        /// The ranked causes the plan is for, in rank order (the candidates' repairs index them).
        var beliefs: [CauseBelief]
        /// The fixes weighed, each with its cost and what it repairs.
        var repairs: FixPlanner.Repairs
        /// Each candidate's index in `catalog.fixes`.
        var fixOfCandidate: [Int]
        /// The candidates in the order to try them (indices into `repairs`' candidates).
        var order: [Int]
        /// For each step of `order`: P(it works | the ones before failed), unrounded.
        var probabilities: [Double]
        /// The plan's expected cost in minutes.
        var expectedCost: Double

        /// No fixes to try.
        static let empty = FixPlan(
            beliefs: [], repairs: FixPlanner.Repairs(), fixOfCandidate: [], order: [], probabilities: [],
            expectedCost: 0)

        /// The fix to try first (its index in `catalog.fixes`), if any.
        var firstFix: Int? { order.first.map { fixOfCandidate[$0] } }
    }
}
