import Foundation
import LEDEngine
import TestSupport
import Testing

@testable import LEDBatch

/// Stress for the sanitizers (`make sanitize` runs these under TSan and ASan): many threads share one
/// `Diagnoser` — typed text, canonical strings, long observations, rules tripping limits — and get
/// exactly what one thread gets; a parallel batch gives the same bytes as a sequential one.
@Suite("Hardening: many threads, one Diagnoser")
struct HardeningConcurrencyTests {
    static let inputs: [String] = [
        "red x6 after blue", "solid blue, no blink", "flashing red during setup", "keeps blinking red after reset",
        "blinking blue and solid green", "solid red", "dev=xt2 ctx=- : red:blink:6:fast:brief=2.3:0.2/0.22:_",
        "dev=? ctx=holding-reset : none:off:_:_:_:_:_", "blinks 0 times red", "", "rde x6",
        "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_",
    ]

    /// What one diagnosis gave, in a comparable form.
    static func result(_ diagnoser: Diagnoser, _ input: String) -> String {
        do {
            let diagnosis = try diagnoser.diagnose(input)
            return diagnosis.json()
        } catch {
            return "error: \(error)"
        }
    }

    @Test("16 threads × 150 diagnoses on one Diagnoser give what one thread gives")
    func sharedDiagnoser() throws {
        let diagnoser = try HardeningSupport.diagnoser(
            adding: HardeningSupport.hostileCatalogFile([("hostile-dot-star-star", "(?:.*)*x")]), jit: true)
        let long = HardeningSupport.longObservation(steps: 120).canonical
        let inputs = Self.inputs + [long]
        let expected = inputs.map { Self.result(diagnoser, $0) }
        let mismatches = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: 16) { thread in
            for round in 0..<150 {
                let index = (thread * 7 + round) % inputs.count
                if Self.result(diagnoser, inputs[index]) != expected[index] { mismatches.increment() }
            }
        }
        #expect(mismatches.value == 0)
    }

    @Test("threads diagnosing observations (no text) and evaluating rules at the same time")
    func observationsAndEvaluate() {
        let diagnoser = HardeningSupport.diagnoser
        let observations = (1...8).map {
            HardeningSupport.longObservation(steps: $0 * 15, contexts: $0 % 2 == 0 ? [.afterReset] : [])
        }
        let expected = observations.map { diagnoser.diagnose($0) }
        let mismatches = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for round in 0..<40 {
                let index = (thread + round) % observations.count
                if round % 3 == 0 {
                    _ = diagnoser.evaluate(observations[index])
                } else if diagnoser.diagnose(observations[index]) != expected[index] {
                    mismatches.increment()
                }
            }
        }
        #expect(mismatches.value == 0)
    }

    @Test("a parallel batch (8 jobs) writes the same bytes as a sequential one, on a dirty log")
    func parallelBatch() throws {
        var log = GeneratedLog.interleaved(seed: 21, devices: 40, episodesPerDevice: 3)
        log += "garbage line\n\0\0\n2026-11-20T09:00:00Z dev-1 mini chartreuse on\n"
        let (sequential, first) = try BatchTestSupport.run(log, options: BatchOptions(jobs: 1))
        let (parallel, second) = try BatchTestSupport.run(log, options: BatchOptions(jobs: 8, chunkSize: 4096))
        #expect(parallel == sequential)
        #expect(first.isConsistent && second.isConsistent)
        #expect(first.lines == second.lines && first.rejected == second.rejected && first.episodes == second.episodes)
    }

    @Test("several batches at once on one Diagnoser, each consistent")
    func concurrentBatches() throws {
        let log = GeneratedLog.interleaved(seed: 8, devices: 15, episodesPerDevice: 2)
        let (expected, _) = try BatchTestSupport.run(log, options: BatchOptions(jobs: 2))
        let mismatches = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do {
                let (output, summary) = try BatchTestSupport.run(log, options: BatchOptions(jobs: 2, chunkSize: 2048))
                if output != expected || !summary.isConsistent { mismatches.increment() }
            } catch {
                mismatches.increment()
            }
        }
        #expect(mismatches.value == 0)
    }
}

/// A counter several threads increment.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
