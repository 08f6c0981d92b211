import TestSupport
import Testing

@testable import LEDEngine

@Suite("Fix plan ordering")
struct FixPlannerTests {
    static func permutations(_ items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index -> [[Int]] in
            var rest = items
            let head = rest.remove(at: index)
            return permutations(rest).map { [head] + $0 }
        }
    }

    @Test("the plan's expected cost is the minimum over every order", arguments: 0..<40)
    func bruteForce(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &* 7919 &+ 17)
        let causeCount = Int.random(in: 1...4, using: &random)
        var causes = (0..<causeCount).map { _ in Double.random(in: 0.05...1, using: &random) }
        let total = causes.reduce(0, +)
        causes = causes.map { $0 / total }
        let fixCount = Int.random(in: 1...6, using: &random)
        let candidates = (0..<fixCount).map { index in
            FixPlanner.Candidate(
                id: "fix-\(index)", cost: Double.random(in: 1...60, using: &random).rounded(),
                repairs: (0..<causeCount).map { _ in
                    Bool.random(using: &random) ? Double.random(in: 0.1...1, using: &random) : 0
                })
        }
        let planner = FixPlanner()
        let plan = planner.plan(candidates, causes: causes)
        let best =
            Self.permutations(Array(candidates.indices)).map {
                planner.evaluate($0, candidates, causes: causes).expectedCost
            }.min() ?? 0
        #expect(plan.order.sorted() == Array(candidates.indices))
        #expect(
            abs(plan.expectedCost - best) < 1e-9,
            "plan \(plan.order) costs \(plan.expectedCost), best order costs \(best)")
    }

    @Test("single fault, each fix repairs one cause for sure: order by P/cost (Kadane–Simon)")
    func ratioRule() {
        let causes = [0.5, 0.3, 0.2]
        let candidates = [
            FixPlanner.Candidate(id: "a", cost: 30, repairs: [1, 0, 0]),  // 0.5/30 = 0.0167
            FixPlanner.Candidate(id: "b", cost: 3, repairs: [0, 1, 0]),  // 0.3/3 = 0.1
            FixPlanner.Candidate(id: "c", cost: 10, repairs: [0, 0, 1]),  // 0.2/10 = 0.02
        ]
        let plan = FixPlanner().plan(candidates, causes: causes)
        #expect(plan.order == [1, 2, 0])
        #expect(abs(plan.expectedCost - (3 + 0.7 * 10 + 0.5 * 30)) < 1e-9)
        #expect(plan.probabilities.map { ($0 * 1000).rounded() / 1000 } == [0.3, 0.286, 1])
    }

    @Test("the greedy order beyond the exact limit still tries every fix once")
    func greedy() {
        let candidates = (0..<12).map { FixPlanner.Candidate(id: "f\($0)", cost: Double(12 - $0), repairs: [0.5]) }
        let plan = FixPlanner(exactLimit: 8).plan(candidates, causes: [1])
        #expect(plan.order.sorted() == Array(0..<12))
        #expect(plan.order.first == 11)  // cheapest first when every fix is as likely to work
    }

    @Test("no candidates: an empty plan that costs nothing")
    func empty() {
        let plan = FixPlanner().plan([], causes: [1])
        #expect(plan.order.isEmpty)
        #expect(plan.expectedCost == 0)
    }
}
