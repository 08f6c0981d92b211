import Foundation
import TestSupport
import Testing

@testable import LEDBatch

/// `--line-numbers prefixed` (``BatchLineNumbers/prefixed``): lines that carry their own numbers, as the
/// partitions of the Spark recipe in docs/scale-out.md do, give records that point into the original file.
@Suite("Batch: prefixed line numbers")
struct BatchLineNumberTests {
    /// `text` with each line prefixed by its number and a tab.
    static func numbered(_ text: String) -> String {
        // By bytes: a CRLF is one Character, and must stay inside its line.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.enumerated().map { "\($0.offset + 1)\t\(String(decoding: $0.element, as: UTF8.self))\n" }.joined()
    }

    @Test(
        "every sample, each line prefixed with its number, gives the same bytes as read plainly (chunks of 1 KiB)",
        arguments: BatchGoldenTests.samples.map(\.0))
    func prefixedEqualsCounted(file: String) throws {
        let text = try String(contentsOf: BatchGoldenTests.folder.appendingPathComponent(file), encoding: .utf8)
        let plain = try BatchTestSupport.run(text, options: BatchOptions(jobs: 2, chunkSize: 1024))
        let prefixed = try BatchTestSupport.run(
            Self.numbered(text), options: BatchOptions(jobs: 2, chunkSize: 1024, lineNumbers: .prefixed))
        #expect(prefixed.output == plain.output)
        #expect(prefixed.summary.episodes == plain.summary.episodes)
        #expect(prefixed.summary.rejected == plain.summary.rejected)
        #expect(prefixed.summary.skipped == plain.summary.skipped)
    }

    @Test("partitions by device, each piped on its own, give exactly one process's records (the Spark recipe)")
    func partitionsByDevice() throws {
        let url = BatchGoldenTests.folder.appendingPathComponent("fleet.plain.log")
        let text = try String(contentsOf: url, encoding: .utf8)
        let single = try BatchTestSupport.run(text, name: "fleet.log").output
        // Lines keyed by device (comments, blank and short lines to partition 0), kept in line order.
        var partitions = Array(repeating: "", count: 3)
        var assigned: [String: Int] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            let device = fields.count >= 4 && !line.hasPrefix("#") ? String(fields[1]) : ""
            let partition = assigned[device] ?? (device.isEmpty ? 0 : assigned.count % 3)
            assigned[device] = partition
            partitions[partition] += "\(index + 1)\t\(line)\n"
        }
        var merged: [Substring] = []
        for partition in partitions {
            let run = try BatchTestSupport.run(
                partition, name: "fleet.log", options: BatchOptions(jobs: 1, lineNumbers: .prefixed))
            merged += run.output.split(separator: "\n")
        }
        let expected = single.split(separator: "\n")
        #expect(expected.count >= 7)
        #expect(merged.sorted() == expected.sorted())
    }

    @Test("a line without its number is rejected under the number before it; blank lines are skipped")
    func missingNumbers() throws {
        let text = "5\t100 d mini red on\n9\t101 d mini red off\nno number here\n\n12\t\n14\t# a comment\n"
        let (output, summary) = try BatchTestSupport.run(
            text, options: BatchOptions(jobs: 1, lineNumbers: .prefixed))
        let records = JSONLines.objects(output)
        #expect(records.count == 2, "\(output)")
        let episode = try #require(records.first { $0["error"] == nil })
        #expect((episode["source"] as? [String: Any])?["lines"] as? [Int] == [5, 9])
        let error = try #require(records.first { $0["error"] != nil })
        #expect((error["source"] as? [String: Any])?["line"] as? Int == 9)
        #expect((error["error"] as? String)?.hasPrefix("no line number: with --line-numbers prefixed") == true)
        #expect(summary.lines == 6 && summary.used == 2 && summary.skipped == 3 && summary.rejected == 1)
        #expect(summary.isConsistent)
    }

    @Test(
        "the number prefix: digits and a tab, at most 12 digits",
        arguments: [
            ("17\trest", 17, 3), ("0\tx", 0, 2), ("17 rest", nil, nil), ("\trest", nil, nil), ("17", nil, nil),
            ("1234567890123\tx", nil, nil), ("123456789012\tx", 123_456_789_012, 13),
        ] as [(String, Int?, Int?)])
    func prefix(line: String, number: Int?, after: Int?) {
        let bytes = Array(line.utf8)
        let read = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { BatchDiagnoser.LineNumberPrefix.read($0, 0, buffer.count) }
        }
        #expect(read?.number == number)
        #expect(read?.after == after)
    }
}
