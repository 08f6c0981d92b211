import Foundation
import LEDCore
import TestSupport

@testable import LEDBatch
@testable import LEDEngine

/// A measurement, not a check (it asserts nothing). Prints where a batch's time goes: the pipeline
/// alone, with JSON rendering, with the Diagnoser, and Diagnoser.diagnose per episode by outcome.
/// `make bench` runs it on the generated bench log: `LEDProfiles batch /tmp/leddiag-bench/bench.log`.
enum BatchProfile {

    /// A sink that only counts bytes.
    final class CountingSink: BatchRecordSink, @unchecked Sendable {
        var bytes = 0
        func write(_ record: BatchOutputRecord) throws(BatchError) { bytes += record.text.utf8.count }
        func finish() throws(BatchError) {}
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    static func cpu() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// Profiles a batch over the log at `path`; `only == "pipeline"` runs only the pipeline with a
    /// one-rule catalog, once (for perf).
    static func run(path: String, only: String?) throws {
        let diagnoser = try Diagnoser.builtin()
        // The pipeline with little rule work: a real diagnoser over a one-rule catalog.
        let oneRule = HardeningSupport.hostileCatalogFile(
            [(id: "only-rule", pattern: "^never$")], name: "one-rule.yaml")
        let cheap = Diagnoser(catalog: try CatalogLoader(jit: true).load([oneRule]))
        let scenarios: [(String, Diagnoser)] =
            only == "pipeline"
            ? [("pipeline, one-rule catalog", cheap)]
            : [("pipeline, one-rule catalog", cheap), ("everything", diagnoser)]
        for jobs in [1, 2] {
            for (name, scenarioDiagnoser) in scenarios {
                let batch = try BatchDiagnoser(diagnoser: scenarioDiagnoser, options: BatchOptions(jobs: jobs))
                let sink = CountingSink()
                var summary = BatchSummary()
                let cpuStart = Self.cpu()
                let wall = try Self.seconds {
                    summary = try batch.run([.path(path)], output: sink)
                }
                let cpu = Self.cpu() - cpuStart
                print(
                    String(
                        format:
                            "profile: jobs %d, %@: %.3f s wall, %.3f s CPU, %d episodes, %.1f MB out, %.0f ns CPU/line",
                        jobs, name, wall, cpu, summary.episodes, Double(sink.bytes) / 1e6,
                        cpu / Double(max(1, summary.lines)) * 1e9))
            }
        }

        if only == "pipeline" { return }
        // Diagnoser.diagnose and JSON per episode, on one thread, by outcome: the episodes' observations
        // are read back from their canonical strings (collected with the cheap diagnoser).
        let collector = EpisodeCollector()
        let batch = try BatchDiagnoser(
            diagnoser: cheap, options: BatchOptions(jobs: 1, observer: { collector.add($0.diagnosis.canonical) }))
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)).prefix(30_000_000), as: UTF8.self)
        let cut = text.lastIndex(of: "\n").map { String(text[...$0]) } ?? text
        _ = try batch.run([.text(cut, name: "profile")], output: CountingSink())
        let episodes = try collector.canonicals.map { canonical throws(DiagnoseError) in try diagnoser.read(canonical) }
        var diagnoses: [Diagnosis] = []
        diagnoses.reserveCapacity(episodes.count)
        let diagnoseTime = Self.seconds {
            for observation in episodes { diagnoses.append(diagnoser.diagnose(observation)) }
        }
        // The parts: the canonical string, and the rule pass with ranking and fix plan (no question,
        // no near misses) — what a batch fast path that skips the extras would cost.
        var canonicalBytes = 0
        let canonicalTime = Self.seconds {
            for observation in episodes { canonicalBytes += observation.canonical.utf8.count }
        }
        var causes = 0
        let assessTime = Self.seconds {
            for observation in episodes {
                causes += diagnoser.score(observation, canonical: observation.canonical).beliefs.count
            }
        }
        print(
            String(
                format: "profile: canonical string %.1f µs, score (rules + rank + fix plan) %.1f µs per episode",
                canonicalTime / Double(episodes.count) * 1e6, assessTime / Double(episodes.count) * 1e6))
        let renderer = BatchRecordRenderer(format: .jsonl)
        var bytes = 0
        let jsonTime = Self.seconds {
            for diagnosis in diagnoses {
                bytes +=
                    renderer.episode(
                        diagnosis, device: "dev-00000", model: diagnosis.device, start: "2026-11-20T08:00:01.038Z",
                        end: "2026-11-20T08:00:37.276Z", file: "bench.log", first: 1, last: 2
                    ).utf8.count
            }
        }
        print(
            String(
                format: "profile: %d episodes: Diagnoser.diagnose %.1f µs each, JSON %.1f µs each (%d bytes each)",
                episodes.count, diagnoseTime / Double(episodes.count) * 1e6, jsonTime / Double(episodes.count) * 1e6,
                bytes / max(1, episodes.count)))
        var byKind: [String: (count: Int, seconds: Double)] = [:]
        for observation in episodes.prefix(4000) {
            var diagnosis: Diagnosis?
            let time = Self.seconds { diagnosis = diagnoser.diagnose(observation) }
            guard let diagnosis else { continue }
            let key =
                diagnosis.causes.isEmpty
                ? "no cause (near misses)" : diagnosis.question != nil ? "with a question" : "causes, no question asked"
            byKind[key, default: (0, 0)].count += 1
            byKind[key, default: (0, 0)].seconds += time
        }
        for (key, value) in byKind.sorted(by: { $0.key < $1.key }) {
            print(
                String(
                    format: "profile:   %@: %d episodes, %.1f µs each", key, value.count,
                    value.seconds / Double(value.count) * 1e6))
        }
    }
}

/// Collects diagnosed episodes' canonical strings across worker threads.
final class EpisodeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var canonicals: [String] = []

    func add(_ canonical: String) {
        lock.lock()
        defer { lock.unlock() }
        canonicals.append(canonical)
    }
}
