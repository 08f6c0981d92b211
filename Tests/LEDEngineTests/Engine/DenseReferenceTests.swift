import Foundation
import LEDCore
import TestSupport
import Testing

@testable import LEDEngine

/// #15: the fix planner walks only the causes each fix repairs (``FixPlanner/Repairs``), the fix plan is
/// built from those, and the ranking groups its hits with one list per cause allocated once. Each must give
/// the bits its dense form gave — kept here as the reference: the same orders, probabilities, expected costs,
/// groupings and noisy-ORs, compared bit for bit.
@Suite("Sparse plans and rankings against their dense reference")
struct DenseReferenceTests {
    /// The planner as it was: every cause of every candidate walked, repairs of 0 included.
    struct DensePlanner {
        var exactLimit: Int

        func repair(_ candidate: FixPlanner.Candidate, _ cause: Int) -> Double {
            cause < candidate.repairs.count ? candidate.repairs[cause] : 0
        }

        func plan(_ candidates: [FixPlanner.Candidate], causes: [Double]) -> FixPlanner.Plan {
            let order =
                candidates.count <= exactLimit
                ? exactOrder(candidates, causes: causes) : greedyOrder(candidates, causes: causes)
            return evaluate(order, candidates, causes: causes)
        }

        func evaluate(_ order: [Int], _ candidates: [FixPlanner.Candidate], causes: [Double]) -> FixPlanner.Plan {
            var survive = causes
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
            return FixPlanner.Plan(order: order, probabilities: probabilities, expectedCost: expected)
        }

        func exactOrder(_ candidates: [FixPlanner.Candidate], causes: [Double]) -> [Int] {
            let n = candidates.count
            guard n > 0 else { return [] }
            let full = (1 << n) - 1
            let m = causes.count
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
                        let value = survive[rest * m + c] * (1 - repair(candidates[low], c))
                        survive[set * m + c] = value
                        total += value
                    }
                    failed[set] = total
                }
            }
            var value = [Double](repeating: 0, count: full + 1)
            var choice = [Int](repeating: -1, count: full + 1)
            var set = full - 1
            while set >= 0 {
                var best = Double.infinity
                var bestFix = -1
                for j in 0..<n where set & (1 << j) == 0 {
                    let cost = candidates[j].cost * failed[set] + value[set | (1 << j)]
                    if cost < best - 1e-12 {
                        best = cost
                        bestFix = j
                    }
                }
                value[set] = best
                choice[set] = bestFix
                set -= 1
            }
            var order: [Int] = []
            var at = 0
            while at != full, choice[at] >= 0 {
                order.append(choice[at])
                at |= 1 << choice[at]
            }
            return order
        }

        func greedyOrder(_ candidates: [FixPlanner.Candidate], causes: [Double]) -> [Int] {
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

    static func same(_ a: FixPlanner.Plan, _ b: FixPlanner.Plan) -> Bool {
        a.order == b.order && a.probabilities.map(\.bitPattern) == b.probabilities.map(\.bitPattern)
            && a.expectedCost.bitPattern == b.expectedCost.bitPattern
    }

    @Test("the planner's orders, probabilities and costs are the dense planner's, bit for bit", arguments: 0..<60)
    func planner(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &* 104_729 &+ 3)
        let causeCount = Int.random(in: 1...20, using: &random)
        var causes = (0..<causeCount).map { _ in Double.random(in: 0.001...1, using: &random) }
        let total = causes.reduce(0, +)
        causes = causes.map { $0 / total }
        let fixCount = Int.random(in: 0...24, using: &random)
        let candidates = (0..<fixCount).map { index in
            FixPlanner.Candidate(
                id: "fix-\(index)", cost: Double.random(in: 1...90, using: &random).rounded(),
                // Mostly zeros (a fix repairs a few causes), some -0, some rows shorter or longer than the causes.
                repairs: (0..<Int.random(in: 0...(causeCount + 2), using: &random)).map { _ in
                    switch Int.random(in: 0..<10, using: &random) {
                    case 0, 1: Double.random(in: 0.05...1, using: &random)
                    case 2: -0.0
                    case 3: 1
                    default: 0
                    }
                })
        }
        for limit in [0, 6, 10] {
            let got = FixPlanner(exactLimit: limit).plan(candidates, causes: causes)
            let expected = DensePlanner(exactLimit: limit).plan(candidates, causes: causes)
            #expect(Self.same(got, expected), "limit \(limit): \(got) against \(expected)")
            let order = Array(candidates.indices.reversed())
            #expect(
                Self.same(
                    FixPlanner().evaluate(order, candidates, causes: causes),
                    DensePlanner(exactLimit: 0).evaluate(order, candidates, causes: causes)))
        }
    }

    /// The fix plan of `beliefs` as it was built: a dense row of repairs per candidate.
    static func densePlan(
        _ diagnoser: Diagnoser, _ beliefs: [CauseBelief], unavailable: [Int]
    ) -> (fixes: [Int], plan: FixPlanner.Plan)? {
        let total = beliefs.reduce(0) { $0 + $1.confidence }
        guard total > 0 else { return nil }
        let probabilities = beliefs.map { $0.confidence / total }
        var fixOfCandidate: [Int] = []
        var candidates: [FixPlanner.Candidate] = []
        for (c, belief) in beliefs.enumerated() {
            for link in diagnoser.storage.causeFixes[belief.cause] where !unavailable.contains(link.fix) {
                let index: Int
                if let existing = fixOfCandidate.firstIndex(of: link.fix) {
                    index = existing
                } else {
                    index = candidates.count
                    fixOfCandidate.append(link.fix)
                    candidates.append(
                        FixPlanner.Candidate(
                            id: diagnoser.catalog.fixes[link.fix].id, cost: diagnoser.storage.fixCosts[link.fix],
                            repairs: [Double](repeating: 0, count: beliefs.count)))
                }
                candidates[index].repairs[c] = max(candidates[index].repairs[c], link.probability)
            }
        }
        let plan = DensePlanner(exactLimit: diagnoser.policy.exactPlanLimit).plan(candidates, causes: probabilities)
        return (fixOfCandidate, plan)
    }

    /// The grouping of `hits` as it was: each cause's list grown hit by hit, then sorted.
    static func denseGrouping(_ diagnoser: Diagnoser, _ hits: [RuleHit], device: String?) -> [CauseBelief] {
        let rules = diagnoser.rules
        var beliefs: [CauseBelief] = []
        let key = rules.key(forDevice: device)
        for (index, hit) in hits.enumerated() {
            let cause = rules.cause[hit.rule]
            guard cause >= 0, rules.causeFits(cause, key) else { continue }
            if let slot = beliefs.firstIndex(where: { $0.cause == cause }) {
                beliefs[slot].hits.append(index)
            } else {
                beliefs.append(CauseBelief(cause: cause, confidence: 0, hits: [index]))
            }
        }
        let ruleOrder = rules.ruleOrder
        var total = 0.0
        for index in beliefs.indices {
            beliefs[index].hits.sort { a, b in
                hits[a].score != hits[b].score
                    ? hits[a].score > hits[b].score : ruleOrder[hits[a].rule] < ruleOrder[hits[b].rule]
            }
            beliefs[index].support = 1 - beliefs[index].hits.reduce(1) { $0 * (1 - hits[$1].score) }
            total += beliefs[index].support
        }
        let room = 1 - diagnoser.policy.leak
        let scale = total > room ? room / total : 1
        for index in beliefs.indices { beliefs[index].confidence = beliefs[index].support * scale }
        return beliefs
    }

    @Test("groupings and fix plans over every labelled observation are the dense ones, bit for bit")
    func groupingsAndPlans() throws {
        let files =
            Catalog.builtinFiles + [
                CatalogFile(name: "generated.yaml", text: HeaderBlindnessTests.generatedRules(count: 240))
            ]
        let diagnoser = Diagnoser(catalog: try CatalogLoader().load(files), memo: false)
        var compared = 0
        var planned = 0
        for (text, device) in try PrefilterSoundnessTests.observations() {
            guard let observation = try? diagnoser.read(text, device: device) else { continue }
            let scoring = diagnoser.score(observation, canonical: observation.canonical)
            let hits = scoring.outcomes.hits
            let got = diagnoser.grouping(hits, device: observation.device)
            let expected = Self.denseGrouping(diagnoser, hits, device: observation.device)
            #expect(got.map(\.cause) == expected.map(\.cause), "\(text)")
            #expect(got.map(\.hits) == expected.map(\.hits), "\(text)")
            #expect(got.map(\.support.bitPattern) == expected.map(\.support.bitPattern), "\(text)")
            #expect(got.map(\.confidence.bitPattern) == expected.map(\.confidence.bitPattern), "\(text)")
            compared += 1
            // The plans of the ranking, with the first fix of each cause left out too.
            let beliefs = diagnoser.rank(hits, device: observation.device)
            let firsts = beliefs.compactMap { diagnoser.storage.causeFixes[$0.cause].first?.fix }
            for unavailable in [[], Array(Set(firsts)).sorted()] {
                let plan = diagnoser.planFixes(for: beliefs, device: observation.device, unavailable: unavailable)
                guard let dense = Self.densePlan(diagnoser, beliefs, unavailable: unavailable) else {
                    #expect(plan.order.isEmpty, "\(text)")
                    continue
                }
                #expect(plan.fixOfCandidate == dense.fixes, "\(text)")
                #expect(
                    Self.same(
                        FixPlanner.Plan(
                            order: plan.order, probabilities: plan.probabilities, expectedCost: plan.expectedCost),
                        dense.plan), "\(text)")
                planned += 1
            }
        }
        #expect(compared > 1_000)
        #expect(planned > 1_000)
    }
}
