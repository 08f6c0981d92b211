import Foundation
import TestSupport
import Testing

@testable import LEDBatch

/// gzip and zstd input: told by the magic bytes, decompressed on a thread of its own, the same records as the
/// plain log whatever the chunk size, members or frames; a truncated or corrupt stream keeps what came
/// before it and names the compressed byte where it broke.
@Suite("Batch: compressed input")
struct BatchCompressionTests {
    static let samples = ["fleet.plain.log", "fleet.logfmt.log", "fleet.csv", "fleet.jsonl", "fleet.typed.log"]

    static func sample(_ file: String) throws -> [UInt8] {
        Array(try Data(contentsOf: BatchGoldenTests.folder.appendingPathComponent(file)))
    }

    /// The compressions and their writers.
    static let compressions: [(String, @Sendable ([UInt8]) -> [UInt8])] = [
        ("gzip", Compressed.gzip), ("zstd", Compressed.zstd),
    ]

    /// Runs a batch over `bytes` named `name`; the records' text and the summary.
    static func run(
        _ bytes: [UInt8], name: String = "log", options: BatchOptions = BatchOptions(jobs: 2)
    ) throws -> (output: String, summary: BatchSummary) {
        let batch = try BatchDiagnoser(diagnoser: BatchTestSupport.diagnoser, options: options)
        let sink = BatchClosureSink()
        let summary = try batch.run([.bytes(bytes, name: name)], output: sink)
        return (sink.text, summary)
    }

    @Test(
        "magic bytes, not names, tell the compression",
        arguments: [
            ([0x1F, 0x8B, 0x08, 0x00], "gzip"), ([0x28, 0xB5, 0x2F, 0xFD], "zstd"), ([0x1F, 0x8B], "gzip"),
            ([0x28, 0xB5, 0x2F], "-"), ([0x1F], "-"), (Array("2026-11-20T08:00:00Z cam".utf8), "-"), ([], "-"),
        ] as [([UInt8], String)])
    func detection(prefix: [UInt8], expected: String) {
        #expect((BatchDiagnoser.Compression.detect(prefix)?.rawValue ?? "-") == expected)
    }

    @Test("a gzip and a zstd copy of each sample give the plain file's records", arguments: samples)
    func sameRecords(file: String) throws {
        let plain = try Self.sample(file)
        let expected = try Self.run(plain)
        #expect(expected.summary.episodes > 0)
        for (name, compress) in Self.compressions {
            let compressed = compress(plain)
            #expect(BatchDiagnoser.Compression.detect(compressed)?.rawValue == name)
            let got = try Self.run(compressed)
            #expect(got.output == expected.output, "\(name) copy of \(file)")
            var summary = got.summary
            #expect(summary.bytes == compressed.count, "progress counts compressed bytes")
            #expect(summary.damaged.isEmpty)
            summary.bytes = expected.summary.bytes
            summary.seconds = expected.summary.seconds
            #expect(summary == expected.summary, "\(name) copy of \(file)")
        }
    }

    @Test("members and frames one after another, cut anywhere, at any chunk size and jobs", arguments: [64, 4096])
    func concatenated(chunkSize: Int) throws {
        let plain = Array(GeneratedLog.interleaved(seed: 7, devices: 30, episodesPerDevice: 4).utf8)
        let options = BatchOptions(jobs: 3, chunkSize: max(chunkSize, 256))
        let expected = try Self.run(plain, options: options)
        // One cut inside a line, one at a line break: a member may end anywhere.
        let cuts = [plain.count / 3 + 5, plain.firstIndex(of: 0x0A, after: 2 * plain.count / 3)]
        for (name, compress) in Self.compressions {
            var joined: [UInt8] = []
            var start = 0
            for cut in cuts + [plain.count] {
                joined += compress(Array(plain[start..<cut]))
                start = cut
            }
            let got = try Self.run(joined, options: options)
            #expect(got.output == expected.output, "\(name), three parts")
            #expect(got.summary.damaged.isEmpty)
            #expect(got.summary.episodes == expected.summary.episodes)
        }
    }

    @Test("a truncated stream keeps the lines before the cut and names the compressed byte where it ends")
    func truncated() throws {
        let plain = Array(GeneratedLog.interleaved(seed: 11, devices: 40, episodesPerDevice: 5).utf8)
        let half = plain.firstIndex(of: 0x0A, after: plain.count / 2)
        let firstHalf = Array(plain[..<half])
        for (name, compress) in Self.compressions {
            // The second member (frame) is cut after its first 6 bytes: everything decoded is the first half.
            let first = compress(firstHalf)
            let damaged = first + compress(Array(plain[half...])).prefix(6)
            // With --finish-on-interrupt the open episodes are diagnosed: the records of the first half alone.
            let finishing = BatchOptions(jobs: 2, finishOnInterrupt: true)
            let got = try Self.run(damaged, options: finishing)
            let expected = try Self.run(firstHalf, options: finishing)
            #expect(got.output == expected.output, "\(name)")
            #expect(
                got.summary.damaged == [
                    BatchInputDamage(
                        file: "log", compression: name, offset: damaged.count,
                        reason: "truncated: the data ends inside a \(name == "gzip" ? "gzip member" : "zstd frame")")
                ])
            #expect(got.summary.isConsistent)
            #expect(got.summary.lines == expected.summary.lines)
            // By default the episodes still open at the damage are counted, not diagnosed; the rest are kept.
            let counted = try Self.run(damaged)
            let kept = Set(counted.output.split(separator: "\n"))
            #expect(kept.isSubset(of: Set(expected.output.split(separator: "\n"))))
            #expect(counted.summary.undiagnosed > 0)
            #expect(counted.summary.episodes + counted.summary.undiagnosed == expected.summary.episodes)
            #expect(counted.summary.json.contains("\"damaged\":[{\"file\":\"log\",\"compression\":\"\(name)\""))
        }
    }

    @Test("a stream cut inside a long member keeps every whole line decoded before the cut")
    func truncatedInsideMember() throws {
        let plain = Array(GeneratedLog.interleaved(seed: 3, devices: 150, episodesPerDevice: 6).utf8)
        let full = try Self.run(plain, options: BatchOptions(jobs: 2, finishOnInterrupt: true))
        for (name, compress) in Self.compressions {
            let compressed = compress(plain)
            let cut = Array(compressed.prefix(compressed.count * 7 / 10))
            let got = try Self.run(cut, options: BatchOptions(jobs: 2, finishOnInterrupt: true))
            #expect(got.summary.damaged.map(\.offset) == [cut.count], "\(name)")
            #expect(got.summary.lines > full.summary.lines / 2, "\(name): most lines were decoded before the cut")
            #expect(got.summary.lines < full.summary.lines)
            #expect(got.summary.rejected == 0, "\(name): no piece of a line is read as one")
            #expect(got.summary.isConsistent)
        }
    }

    @Test("corrupt bytes after a good member stop that input at their offset; the next input is read")
    func corrupt() throws {
        let plain = Array(GeneratedLog.interleaved(seed: 5, devices: 10, episodesPerDevice: 3).utf8)
        let other = try Self.sample("fleet.plain.log")
        for (name, compress) in Self.compressions {
            let first = compress(plain)
            var second = compress(plain)
            // gzip: an unknown compression method (byte 2); zstd: a broken frame header (the magic's last byte).
            second[name == "gzip" ? 2 : 3] ^= 0x5A
            let batch = try BatchDiagnoser(
                diagnoser: BatchTestSupport.diagnoser, options: BatchOptions(jobs: 2, finishOnInterrupt: true))
            let sink = BatchClosureSink()
            let summary = try batch.run(
                [.bytes(first + second, name: "bad.\(name)"), .bytes(other, name: "next")], output: sink)
            let damage = try #require(summary.damaged.first)
            #expect(summary.damaged.count == 1)
            #expect(damage.file == "bad.\(name)")
            #expect((first.count...(first.count + 4)).contains(damage.offset), "\(name) at \(damage.offset)")
            #expect(!damage.reason.isEmpty)
            let alone = try Self.run(plain, name: "bad.\(name)", options: BatchOptions(jobs: 2))
            let next = try Self.run(other, name: "next")
            #expect(sink.text == alone.output + next.output, "\(name): the good member's records, then the next input")
            #expect(damage.message.contains("bad.\(name): damaged \(name) data at compressed byte \(damage.offset)"))
        }
    }

    @Test("garbage after a gzip member is damage at its offset, not lines")
    func trailingGarbage() throws {
        let plain = Array(GeneratedLog.interleaved(seed: 9, devices: 5, episodesPerDevice: 2).utf8)
        let member = Compressed.gzip(plain)
        let got = try Self.run(member + Array("not gzip\n".utf8), options: BatchOptions(jobs: 1))
        #expect(got.summary.damaged.map(\.offset) == [member.count])
        #expect(got.summary.damaged.first?.reason == "the bytes after a gzip member are not gzip data")
        #expect(got.summary.rejected == 0)
    }
}

extension Array where Element == UInt8 {
    /// The index just past the first occurrence of `byte` at or after `start` (or the end).
    fileprivate func firstIndex(of byte: UInt8, after start: Int) -> Int {
        (self[start...].firstIndex(of: byte) ?? count - 1) + 1
    }
}
