import Foundation
import LEDEngine
import TestSupport
import Testing

@testable import LEDBatch

/// A batch ranks each distinct match outcome once (``MatchOutcome``: the rankings, fix plans and
/// questions remembered by the diagnoser): its output must be, byte for byte, what the reference path
/// that ranks every episode afresh writes. `Tests/Benchmarks/outcome-memo-check.sh` does the same on the
/// bench log's first 300,000 lines with `leddiag batch --no-memo`.
@Suite("Batch outcome memo")
struct BatchOutcomeMemoTests {
    /// A seeded log of the benchmark generator's scenarios on six models, about 30,000 lines.
    static let log = GeneratedLog.interleaved(seed: 15, devices: 240, episodesPerDevice: 6)

    @Test("the memoised batch writes the bytes of the un-memoised one", arguments: [BatchOutputFormat.jsonl, .csv])
    func sameBytes(format: BatchOutputFormat) throws {
        let catalog = BatchTestSupport.diagnoser.catalog
        let reference = Diagnoser(catalog: catalog, memo: false)
        let options = BatchOptions(outputFormat: format, jobs: 2)
        let lines = Self.log.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        #expect(lines > 20_000)
        let memoised = try BatchDiagnoser(diagnoser: Diagnoser(catalog: catalog), options: options)
            .run(text: Self.log, name: "generated.log")
        let expected = try BatchDiagnoser(diagnoser: reference, options: options).run(
            text: Self.log, name: "generated.log")
        #expect(memoised.summary.episodes > 1_000)
        #expect(memoised.output == expected.output)
        guard format == .jsonl else { return }
        // Worth something only with many episodes sharing few outcomes, some of them close calls.
        let records = memoised.output.split(separator: "\n")
        let asked = records.filter { !$0.contains("\"question\":null") }.count
        #expect(asked > 20, "too few episodes with a question to compare")
    }
}
