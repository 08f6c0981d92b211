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

    /// The candidates in numbers: each one's cost and the causes it repairs with a probability other than
    /// 0, in cause order — what the orders below read. A cause a fix repairs with probability 0 adds +0 to
    /// a sum of non-negative terms and multiplies by 1, so leaving it out changes no bit; a fix repairs a
    /// few of the ranked causes, so with many causes ranked the loops shrink to those.
    struct Repairs: Sendable {
        /// Per candidate: its cost.
        var costs: [Double] = []
        /// Per candidate: where its entries start in `causes` and `probabilities` (one more at the end).
        var starts: [Int] = [0]
        /// The entries: a cause index, and the probability the candidate repairs it.
        var causes: [Int] = []
        var probabilities: [Double] = []

        /// The number of candidates.
        var count: Int { costs.count }

        /// No candidates.
        init() {}

        /// No candidates yet, with room for `candidates` of them with `entries` entries in all.
        init(reservingCandidates candidates: Int, entries: Int) {
            costs.reserveCapacity(candidates)
            starts.reserveCapacity(candidates + 1)
            causes.reserveCapacity(entries)
            probabilities.reserveCapacity(entries)
        }

        /// `candidates` over `causeCount` causes.
        init(_ candidates: [Candidate], causeCount: Int) {
            for candidate in candidates {
                for c in 0..<min(candidate.repairs.count, causeCount) where candidate.repairs[c] != 0 {
                    causes.append(c)
                    probabilities.append(candidate.repairs[c])
                }
                close(cost: candidate.cost)
            }
        }

        /// Ends a candidate whose entries were appended: its cost is `cost`.
        mutating func close(cost: Double) {
            costs.append(cost)
            starts.append(causes.count)
        }

        /// The entries of candidate `j`.
        func entries(_ j: Int) -> Range<Int> { starts[j]..<starts[j + 1] }
    }

    /// The best order of `candidates` given cause probabilities `causes` (summing to 1).
    public func plan(_ candidates: [Candidate], causes: [Double]) -> Plan {
        plan(Repairs(candidates, causeCount: causes.count), causes: causes)
    }

    /// The best order of the candidates `repairs` given cause probabilities `causes` (summing to 1).
    func plan(_ repairs: Repairs, causes: [Double]) -> Plan {
        let order =
            repairs.count <= exactLimit
            ? exactOrder(repairs, causes: causes) : greedyOrder(repairs, causes: causes)
        return evaluate(order, repairs, causes: causes)
    }

    /// The expected cost and step probabilities of trying `order`.
    public func evaluate(_ order: [Int], _ candidates: [Candidate], causes: [Double]) -> Plan {
        evaluate(order, Repairs(candidates, causeCount: causes.count), causes: causes)
    }

    /// The expected cost and step probabilities of trying `order` of the candidates `repairs`.
    func evaluate(_ order: [Int], _ repairs: Repairs, causes: [Double]) -> Plan {
        var survive = causes  // P(cause c present and every fix so far failed)
        var stillBroken = causes.reduce(0, +)
        var expected = 0.0
        var probabilities: [Double] = []
        probabilities.reserveCapacity(order.count)
        for index in order {
            expected += repairs.costs[index] * stillBroken
            for k in repairs.entries(index) { survive[repairs.causes[k]] *= 1 - repairs.probabilities[k] }
            var next = 0.0
            for value in survive { next += value }
            probabilities.append(stillBroken > 0 ? max(0, 1 - next / stillBroken) : 0)
            stillBroken = next
        }
        return Plan(order: order, probabilities: probabilities, expectedCost: expected)
    }

    /// Dynamic programming over subsets: V(S) = min over j ∉ S of cost_j · F(S) + V(S ∪ {j}),
    /// where F(S) = P(every fix in S failed).
    private func exactOrder(_ repairs: Repairs, causes: [Double]) -> [Int] {
        let n = repairs.count
        guard n > 0 else { return [] }
        let full = (1 << n) - 1
        let m = causes.count
        // Flat copies, so the loops below touch no reference-counted storage.
        let costs = repairs.costs
        var misses = [Double](repeating: 1, count: n * m)  // misses[j * m + c] = 1 − q(j, c)
        for j in 0..<n {
            for k in repairs.entries(j) { misses[j * m + repairs.causes[k]] = 1 - repairs.probabilities[k] }
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

    private func greedyOrder(_ repairs: Repairs, causes: [Double]) -> [Int] {
        var remaining = Array(0..<repairs.count)
        var survive = causes
        var order: [Int] = []
        order.reserveCapacity(repairs.count)
        while !remaining.isEmpty {
            let stillBroken = survive.reduce(0, +)
            var bestIndex = 0
            var bestRatio = -Double.infinity
            for (position, j) in remaining.enumerated() {
                var repaired = 0.0
                for k in repairs.entries(j) { repaired += survive[repairs.causes[k]] * repairs.probabilities[k] }
                let ratio = (stillBroken > 0 ? repaired / stillBroken : 0) / max(repairs.costs[j], 1e-9)
                if ratio > bestRatio + 1e-12 {
                    bestRatio = ratio
                    bestIndex = position
                }
            }
            let j = remaining.remove(at: bestIndex)
            order.append(j)
            for k in repairs.entries(j) { survive[repairs.causes[k]] *= 1 - repairs.probabilities[k] }
        }
        return order
    }
}
