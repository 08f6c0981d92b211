import LEDCore
import Testing

@testable import LEDEngine

/// The closest rules of an observation nothing matched: the diagnosis searches the partial matches
/// longest prefix first for all rules at once and stops as soon as it has three; that must name the
/// same rules, reasons and reaches as ranking every rule's outcome from ``Diagnoser/evaluate(_:)``.
@Suite("Near misses")
struct NearMissTests {
    /// The closest rules as ranked from every rule's outcome: filtered matches by how far they
    /// reach, then partial matches by how far they got, ties by rule id; three at most.
    static func exhaustive(
        _ diagnoser: Diagnoser, _ observation: Observation
    ) -> [(rule: String, reason: String, reached: Int)] {
        var misses: [(rule: String, reason: String, reached: Int)] = []
        for outcome in diagnoser.evaluate(observation) {
            switch outcome.verdict {
            case .wrongDevice(let match?): misses.append((outcome.rule.id, "device", match.range.upperBound))
            case .wrongContext(let match?, _, _): misses.append((outcome.rule.id, "context", match.range.upperBound))
            case .noMatch(let reached?): misses.append((outcome.rule.id, "partial", reached))
            default: break
            }
        }
        let rank: (String) -> Int = { $0 == "partial" ? 0 : 1 }
        misses.sort { (rank($0.reason), $0.reached, $1.rule) > (rank($1.reason), $1.reached, $0.rule) }
        return Array(misses.prefix(3))
    }

    /// Observations no rule matches, on several devices and with contexts that filter rules out.
    static let observations: [(text: String, device: String?)] = [
        ("dev=? ctx=- : purple:solid", nil),
        ("dev=? ctx=- : red:blink:6:_:_:_:_ purple:solid", nil),
        ("dev=mini ctx=- : red:blink:263:medium:minutes=251.697:0.601/0.359:_", "mini"),
        ("dev=outdoor-4 ctx=setup : green:blink:3:fast:brief=1.2:0.2/0.2:_", "outdoor-4"),
        ("dev=outdoor-4 ctx=after-reset,motion : green:solid:_:_:_:_:_", "outdoor-4"),
        ("dev=sync-module-2 ctx=- : green:solid:_:_:minutes=3:_:_ red:blink:2:_:_:_:_", "sync-module-2"),
        ("dev=doorbell ctx=holding-reset : blue:alt:_:_:_:_:_&green:solid:_:_:_:_:_", "doorbell"),
        ("dev=? ctx=- : none:off:_:_:_:_:_", nil),
        (
            "dev=wired-floodlight ctx=power-cycle : red-blue:alt:4:slow:seconds=12:1/1:_ purple:solid",
            "wired-floodlight"
        ),
        ("dev=? ctx=- : white:blink:3:_:_:_:_", nil),
        ("dev=mini ctx=- : green:blink:_:_:_:_:_", "mini"),
        ("dev=outdoor-4 ctx=- : blue-green:alt:_:_:_:_:_", "outdoor-4"),
        ("dev=? ctx=recording : purple:blink:2:_:_:_:_", nil),
        ("dev=outdoor-4 ctx=network-change : green:solid:_:_:hours=3:_:_", "outdoor-4"),
    ]

    /// Reads and diagnoses each observation; for those nothing matched, expects the closest rules,
    /// their reasons and reaches to equal the exhaustive ranking's. Returns how many were compared.
    static func compareClosest(_ diagnoser: Diagnoser, _ observations: [(text: String, device: String?)]) -> Int {
        var checked = 0
        for (text, device) in observations {
            guard let observation = try? diagnoser.read(text, device: device) else { continue }
            let diagnosis = diagnoser.diagnose(observation)
            guard diagnosis.causes.isEmpty else { continue }
            checked += 1
            let expected = exhaustive(diagnoser, observation)
            #expect(diagnosis.closest.map(\.rule) == expected.map(\.rule), "\(text)")
            #expect(diagnosis.closest.map(\.reasonName) == expected.map(\.reason), "\(text)")
            #expect(diagnosis.closest.map(\.reached) == expected.map(\.reached), "\(text)")
        }
        return checked
    }

    @Test("the pruned search names the same closest rules as the exhaustive ranking")
    func prunedEqualsExhaustive() throws {
        let checked = Self.compareClosest(try Diagnoser.builtin(), Self.observations)
        #expect(checked >= 5, "too few observations without a match to compare")
    }

    @Test("every catalog example that nothing matches gets the exhaustive ranking's closest rules")
    func catalogExamples() throws {
        let diagnoser = try Diagnoser.builtin()
        let examples = diagnoser.catalog.rules.flatMap { rule in
            rule.noMatchExamples.map { (text: $0.text, device: $0.device) }
        }
        #expect(Self.compareClosest(diagnoser, examples) > 0)
    }
}
