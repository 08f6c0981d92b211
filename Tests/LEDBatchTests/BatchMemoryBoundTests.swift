import Foundation
import LEDCore
import LEDInput
import TestSupport
import Testing

@testable import LEDBatch

/// Memory bounds of a batch (#16, items 8, 9 and 10): long episodes are cut, the reorder buffer holds a
/// bounded number of bytes, chunks in flight do not grow with the jobs, unknown models are warned about a
/// bounded number of times.
@Suite("Batch: memory bounds")
struct BatchMemoryBoundTests {
    /// One device blinking red for `pulses` pulses without a gap.
    static func longEpisode(pulses: Int) -> String {
        var text = ""
        for index in 0..<pulses {
            let time = 0.1 + Double(index) * 0.6
            text += "\(time) cam outdoor-4 red on\n\(time + 0.3) cam outdoor-4 red off\n"
        }
        return text
    }

    @Test("one long episode is cut at the pulse limit; each record is small and says it was cut", arguments: [1, 3])
    func longEpisodeIsCut(jobs: Int) throws {
        let limit = TimelineTuning.default.maximumEpisodePulses
        let (output, summary) = try BatchTestSupport.run(
            Self.longEpisode(pulses: 2 * limit + 500), options: BatchOptions(jobs: jobs))
        #expect(summary.isConsistent)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.utf8.count < 64 * 1024 })
        let records = JSONLines.objects(output)
        let warnings = records.map { ($0["warnings"] as? [String]) ?? [] }
        #expect(warnings.dropLast().allSatisfy { $0.contains(BatchDiagnoser.Shard.cutWarning) })
        #expect(warnings.last?.contains(BatchDiagnoser.Shard.cutWarning) == false)
        // #16, item 12: every canonical string the batch writes is one `diagnose` reads.
        for record in records {
            let canonical = try #require(record["canonical"] as? String)
            let observation = try CanonicalReader.observation(from: canonical)
            for event in observation.events {
                #expect(event.count.map { $0.canonical.count <= String(limit).count } ?? true, "\(canonical)")
            }
        }
    }

    /// Records of `count` bytes with keys 1…n from three shards, in an adversarial order: shard 0 (which
    /// owns the smallest keys) holds its watermark back until the end while shards 1 and 2 hand over
    /// everything, largest keys first.
    @Test(
        "the reorder buffer never holds more bytes than its bound, and the output order is unchanged",
        arguments: [(limit: 4096, size: 100), (limit: 4096, size: 5000), (limit: 1 << 16, size: 700)])
    func reorderBufferBound(limit: Int, size: Int) throws {
        typealias Key = BatchDiagnoser.RecordKey
        let buffer = BatchDiagnoser.ReorderBuffer(shards: 3, spillLimit: limit)
        var emitted: [Int] = []
        let emit: (BatchDiagnoser.PendingRecord) throws(BatchError) -> Void = { record in
            emitted.append(record.key.line)
        }
        func records(_ lines: some Sequence<Int>) -> [BatchDiagnoser.PendingRecord] {
            lines.map {
                BatchDiagnoser.PendingRecord(
                    key: Key(file: 0, line: $0), bytes: Array(repeating: 0x61, count: size), isError: false)
            }
        }
        let n = 600
        for batch in stride(from: n, to: 200, by: -50) {
            // Shards 1 and 2 own the keys above 200, taking turns, in descending batches.
            let lines = Array((batch - 49...batch).reversed())
            try buffer.add(
                records(lines.filter { $0 % 2 == 0 }), shard: 1, watermark: Key(file: 1, line: 0), emit: emit)
            #expect(buffer.heldBytes <= limit)
            try buffer.add(
                records(lines.filter { $0 % 2 == 1 }), shard: 2, watermark: Key(file: 1, line: 0), emit: emit)
            #expect(buffer.heldBytes <= limit)
        }
        #expect(emitted.isEmpty)
        try buffer.add(records((1...200).reversed()), shard: 0, watermark: Key(file: 0, line: 1), emit: emit)
        try buffer.drain(emit: emit)
        #expect(buffer.peakHeldBytes <= limit)
        #expect(emitted == Array(1...n))
    }

    @Test("chunk buffers in flight do not grow with the number of jobs")
    func chunksInFlight() {
        let chunkSize = BatchOptions().chunkSize
        let counts = [4, 8, 16, 64].map { BatchDiagnoser.Scheduler(shardCount: $0, chunkSize: chunkSize).maxChunks }
        #expect(Set(counts).count == 1)
        #expect(counts[0] * chunkSize <= 16 << 20)
    }

    @Test("many short episodes give the same bytes whatever the jobs, records handed over mid-chunk")
    func manyShortEpisodes() throws {
        var text = ""
        for index in 0..<3000 {
            let time = Double(index) * 0.3
            text += "\(time) d\(index % 97) outdoor-4 red on\n\(time + 0.2) d\(index % 97) outdoor-4 red off\n"
        }
        let one = try BatchTestSupport.run(text, options: BatchOptions(jobs: 1)).output
        #expect(one.utf8.count > 2 * BatchDiagnoser.Shard.flushBytes)
        for jobs in [2, 5] {
            #expect(try BatchTestSupport.run(text, options: BatchOptions(jobs: jobs, chunkSize: 1 << 20)).output == one)
        }
    }

    @Test("unknown models: the first 20 are named in line order, the rest counted in one line", arguments: [1, 3])
    func unknownModels(jobs: Int) throws {
        var text = ""
        for index in 0..<50 {
            // 35 distinct names, some named again by other devices.
            let model = "zz-\(index % 35)"
            text += "\(index * 20) d\(index) \(model) red on\n\(index * 20).2 d\(index) red off\n"
        }
        let (_, summary) = try BatchTestSupport.run(text, options: BatchOptions(jobs: jobs))
        #expect(summary.unknownModels == 35)
        let unknown = summary.warnings.filter { $0.contains("unknown model") }
        #expect(unknown.count == 21)
        #expect(unknown.first?.hasPrefix("log:1: unknown model \"zz-0\"") == true)
        #expect(unknown.dropLast().last?.hasPrefix("log:39: unknown model \"zz-19\"") == true)
        #expect(unknown.last == "… and 15 more unknown models; their devices are diagnosed without a model")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(summary.json.utf8)) as? [String: Any])
        #expect(json["unknownModels"] as? Int == 35)
    }
}
