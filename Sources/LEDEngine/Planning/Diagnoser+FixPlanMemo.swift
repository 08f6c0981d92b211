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

        /// What a plan's fix list (``Diagnoser/plannedFixes(_:device:)``) is made from: the device (each
        /// fix's steps for it), and per step of the order, the fix, its cost, its probability's bits and the
        /// causes it addresses (those it repairs with a probability above 0).
        struct ListKey: Hashable, Sendable {
            var device: String?
            /// Per step: the fix's index, its cost's and probability's bits, the number of causes it
            /// addresses and their indices in `catalog.causes`.
            var words: [UInt64] = []

            /// The key of `plan`'s fix list for `device`.
            init(_ plan: FixPlan, device: String?) {
                self.device = device
                let repairs = plan.repairs
                words.reserveCapacity(plan.order.count * 6)
                for (step, index) in plan.order.enumerated() {
                    words.append(UInt64(truncatingIfNeeded: plan.fixOfCandidate[index]))
                    words.append(repairs.costs[index].bitPattern)
                    words.append(plan.probabilities[step].bitPattern)
                    let addressed = repairs.entries(index).filter { repairs.probabilities[$0] > 0 }
                    words.append(UInt64(addressed.count))
                    for entry in addressed {
                        words.append(UInt64(truncatingIfNeeded: plan.beliefs[repairs.causes[entry]].cause))
                    }
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
