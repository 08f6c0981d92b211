/// Orders fixes by decision-theoretic troubleshooting (Heckerman, Breese & Rommelse, CACM 1995).
///
/// Model: exactly one of the candidate causes is present, with probability `P(c)`; fix `j` repairs
/// cause `c` with probability `q(j, c)`, independently of the other fixes. Trying fixes in an order
/// costs `Σ_k cost_k · P(fixes 1…k-1 all failed)`. The planner finds the order with the least
/// expected cost — exactly, by dynamic programming over subsets, for up to
/// ``RankingPolicy/exactPlanLimit`` fixes, and greedily by `P(works | earlier failed) / cost` beyond.
public struct FixPlanner: Sendable {
    /// A candidate fix: its cost and, per cause index, the probability it repairs that cause.
    public struct Candidate: Sendable, Hashable {
        /// The fix id.
        public var id: String
        /// Cost in minutes (including setup again for destructive fixes).
        public var cost: Double
        /// `repairs[c]` = P(this fix repairs cause c).
        public var repairs: [Double]

        /// Creates a candidate.
        public init(id: String, cost: Double, repairs: [Double]) {
            self.id = id
            self.cost = cost
            self.repairs = repairs
        }
    }

    /// An ordered plan.
    public struct Plan: Sendable, Hashable {
        /// Indices into the candidates, in the order to try them.
        public var order: [Int]
        /// For each step of `order`: P(it works | the ones before failed).
        public var probabilities: [Double]
        /// The expected cost of trying them in this order, in minutes.
        public var expectedCost: Double
    }

    /// How many fixes are ordered exactly.
    public var exactLimit: Int

    /// Creates a planner that orders up to `exactLimit` fixes exactly.
    public init(exactLimit: Int = RankingPolicy.default.exactPlanLimit) {
        self.exactLimit = exactLimit
    }

    /// The best order of `candidates` given cause probabilities `causes` (summing to 1).
    public func plan(_ candidates: [Candidate], causes: [Double]) -> Plan {
        let order =
            candidates.count <= exactLimit
            ? exactOrder(candidates, causes: causes) : greedyOrder(candidates, causes: causes)
        return evaluate(order, candidates, causes: causes)
    }

    /// The expected cost and step probabilities of trying `order`.
    public func evaluate(_ order: [Int], _ candidates: [Candidate], causes: [Double]) -> Plan {
        var survive = causes  // P(cause c present and every fix so far failed)
        var stillBroken = causes.reduce(0, +)
        var expected = 0.0
        var probabilities: [Double] = []
        for index in order {
            expected += candidates[index].cost * stillBroken
            var next = 0.0
            for c in survive.indices {
                survive[c] *= 1 - repair(candidates[index], c)
                next += survive[c]
            }
            probabilities.append(stillBroken > 0 ? max(0, 1 - next / stillBroken) : 0)
            stillBroken = next
        }
        return Plan(order: order, probabilities: probabilities, expectedCost: expected)
    }

    private func repair(_ candidate: Candidate, _ cause: Int) -> Double {
        cause < candidate.repairs.count ? candidate.repairs[cause] : 0
    }

    /// Dynamic programming over subsets: V(S) = min over j ∉ S of cost_j · F(S) + V(S ∪ {j}),
    /// where F(S) = P(every fix in S failed).
    private func exactOrder(_ candidates: [Candidate], causes: [Double]) -> [Int] {
        let n = candidates.count
        guard n > 0 else { return [] }
        let full = (1 << n) - 1
        let m = causes.count
        // Flat copies, so the loops below touch no reference-counted storage.
        let costs = candidates.map(\.cost)
        var misses = [Double](repeating: 1, count: n * m)  // misses[j * m + c] = 1 − q(j, c)
        for j in 0..<n {
            for c in 0..<m { misses[j * m + c] = 1 - repair(candidates[j], c) }
        }
        // survive[set * m + c] = P(cause c present and every fix in `set` failed); failed[set] = Σ_c.
        var survive = [Double](repeating: 0, count: (full + 1) * m)
        var failed = [Double](repeating: 0, count: full + 1)
        for c in 0..<m { survive[c] = causes[c] }
        failed[0] = causes.reduce(0, +)
        if full > 0 {
            for set in 1...full {
                let low = set.trailingZeroBitCount
                let rest = set & (set - 1)
                var total = 0.0
                for c in 0..<m {
                    let value = survive[rest * m + c] * misses[low * m + c]
                    survive[set * m + c] = value
                    total += value
                }
                failed[set] = total
            }
        }
        var value = [Double](repeating: 0, count: full + 1)
        var choice = [Int](repeating: -1, count: full + 1)
        costs.withUnsafeBufferPointer { costs in
            failed.withUnsafeBufferPointer { failed in
                value.withUnsafeMutableBufferPointer { value in
                    choice.withUnsafeMutableBufferPointer { choice in
                        var set = full - 1
                        while set >= 0 {
                            var best = Double.infinity
                            var bestFix = -1
                            let stillBroken = failed[set]
                            for j in 0..<n where set & (1 &<< j) == 0 {
                                let cost = costs[j] * stillBroken + value[set | (1 &<< j)]
                                if cost < best - 1e-12 {
                                    best = cost
                                    bestFix = j
                                }
                            }
                            value[set] = best
                            choice[set] = bestFix
                            set -= 1
                        }
                    }
                }
            }
        }
        var order: [Int] = []
        var set = 0
        while set != full, choice[set] >= 0 {
            order.append(choice[set])
            set |= 1 << choice[set]
        }
        return order
    }

    private func greedyOrder(_ candidates: [Candidate], causes: [Double]) -> [Int] {
        var remaining = Array(candidates.indices)
        var survive = causes
        var order: [Int] = []
        while !remaining.isEmpty {
            let stillBroken = survive.reduce(0, +)
            var bestIndex = 0
            var bestRatio = -Double.infinity
            for (position, j) in remaining.enumerated() {
                var repaired = 0.0
                for c in survive.indices { repaired += survive[c] * repair(candidates[j], c) }
                let ratio = (stillBroken > 0 ? repaired / stillBroken : 0) / max(candidates[j].cost, 1e-9)
                if ratio > bestRatio + 1e-12 {
                    bestRatio = ratio
                    bestIndex = position
                }
            }
            let j = remaining.remove(at: bestIndex)
            order.append(j)
            for c in survive.indices { survive[c] *= 1 - repair(candidates[j], c) }
        }
        return order
    }
}
