import Foundation
import TestSupport
import Testing

@testable import LEDBatch

/// Nothing is lost: every line is used, skipped or rejected, on hostile inputs too.
@Suite("Batch: accounting")
struct BatchAccountingTests {
    static let good = """
        2026-11-20T08:00:00Z dev-1 outdoor-4 blue on
        2026-11-20T08:00:12Z dev-1 outdoor-4 blue off
        2026-11-20T08:00:12.300Z dev-1 outdoor-4 red on
        2026-11-20T08:00:12.500Z dev-1 outdoor-4 red off

        """

    @Test(
        "hostile inputs add up",
        arguments: [
            ("empty", "", 0, 0, 0, 0),
            ("only comments", "# a\n#b\n\n   \n", 4, 0, 4, 0),
            ("no newline at the end", "# x\n12 d mini red on\n13 d mini red off", 3, 2, 1, 0),
            ("truncated last line", "12 d mini red on\n13 d mini red off\n14 d mi", 3, 2, 0, 1),
            ("NUL bytes", "12 d mini red on\n13 d\0 mini red on\n\0\0\0\n14 d mini red off\n", 4, 2, 0, 2),
            ("invalid UTF-8", "12 d mini red on\n13 \u{FFFD} mini red on\n14 d mini red off\n", 3, 3, 0, 0),
            ("CRLF", "12 d mini red on\r\n13 d mini red off\r\n\r\n", 3, 2, 1, 0),
            (
                "mixed formats",
                "12 d mini red on\nts=13 device=d led=red state=off\n{\"time\": 14}\n15 d mini red off\n", 4, 2, 0, 2
            ),
            ("garbage", "\u{1}\u{2}\u{3}\nhello\n12\n", 3, 0, 0, 3),
        ])
    func hostile(name: String, text: String, lines: Int, used: Int, skipped: Int, rejected: Int) throws {
        let (output, summary) = try BatchTestSupport.run(text)
        #expect(summary.isConsistent, "\(name)")
        #expect(summary.lines == lines, "\(name)")
        #expect(summary.used == used, "\(name)")
        #expect(summary.skipped == skipped, "\(name)")
        #expect(summary.rejected == rejected, "\(name)")
        let errors = JSONLines.objects(output).filter { $0["error"] != nil }
        #expect(errors.count == rejected, "\(name): one error record per rejected line")
    }

    @Test("a UTF-8 byte-order mark at the start is not part of line 1")
    func byteOrderMark() throws {
        let (output, summary) = try BatchTestSupport.run("\u{FEFF}12 d mini red on\n13 d mini red off\n")
        #expect(summary.rejected == 0 && summary.used == 2 && summary.lines == 2)
        #expect(JSONLines.objects(output).first?["start"] as? String == "12")
    }

    @Test("bytes that are not UTF-8 in a device name reject the line, with its number")
    func invalidUTF8Name() throws {
        var bytes = Array("12 d mini red on\n13 d mini red off\n14 x".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(" mini red on\n".utf8)
        let batch = try BatchDiagnoser(diagnoser: BatchTestSupport.diagnoser, options: BatchOptions(jobs: 2))
        let sink = BatchClosureSink()
        let summary = try batch.run([.bytes(bytes, name: "bad")], output: sink)
        #expect(summary.isConsistent)
        #expect(summary.rejected == 1)
        #expect(
            sink.text.contains(
                #"{"error":"device name is not UTF-8 text without control "#
                    + #"characters","source":{"file":"bad","line":3}}"#
            ))
    }

    @Test("garbage mixed into a log: each bad line is reported with its number, every episode is still diagnosed")
    func garbageMixedIn() throws {
        let clean = GeneratedLog.interleaved(seed: 5, devices: 12, episodesPerDevice: 3)
        var lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var badLines: [Int] = []
        var index = 7
        while index < lines.count {
            lines.insert(
                [
                    "garbage \u{0} here", "2026-11-20T08:00:00Z dev-1 mini", "{\"time\": 1}",
                    "12 dev-1 mini chartreuse on",
                ][index % 4], at: index)
            badLines.append(index + 1)
            index += 97
        }
        let dirty = lines.joined(separator: "\n")
        let (cleanOutput, cleanSummary) = try BatchTestSupport.run(clean)
        let (dirtyOutput, dirtySummary) = try BatchTestSupport.run(dirty)
        #expect(dirtySummary.isConsistent)
        #expect(dirtySummary.rejected == badLines.count)
        #expect(dirtySummary.episodes == cleanSummary.episodes)
        let records = JSONLines.objects(dirtyOutput)
        let errorLines = records.compactMap { ($0["source"] as? [String: Any])?["line"] as? Int }
        #expect(errorLines == badLines)
        let canonicals = { (output: String) in JSONLines.objects(output).compactMap { $0["canonical"] as? String } }
        #expect(canonicals(dirtyOutput) == canonicals(cleanOutput))
    }

    @Test("a whole log's lines: used + skipped + rejected")
    func generated() throws {
        let text = GeneratedLog.interleaved(seed: 9, devices: 20, episodesPerDevice: 2)
        let (_, summary) = try BatchTestSupport.run(text)
        #expect(summary.isConsistent)
        #expect(summary.lines == text.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
        #expect(summary.skipped == 1)
        #expect(summary.rejected == 0)
        #expect(summary.devices == 20)
    }

    @Test("an unknown model: the device is diagnosed without one, with one warning naming the first line")
    func unknownModel() throws {
        let text = "12 d1 doorbel red on\n12.2 d1 doorbel red off\n13 d2 doorbel red on\n13.1 d2 doorbel red off\n"
        let (output, summary) = try BatchTestSupport.run(text)
        #expect(summary.rejected == 0)
        #expect(summary.used == 4)
        #expect(
            summary.warnings == [
                "log:1: unknown model \"doorbel\" (did you mean \"doorbell\"?); its devices are diagnosed without a "
                    + "model"
            ])
        let records = JSONLines.objects(output)
        #expect(records.count == 2)
        #expect(records.allSatisfy { $0["model"] is NSNull })
        #expect(records.allSatisfy { ($0["canonical"] as? String)?.hasPrefix("dev=? ") == true })
    }

    @Test("aliases resolve to catalog ids; --device overrides the logged model")
    func models() throws {
        let text = "ts=12 device=d model=\"Outdoor 4\" led=red state=on\nts=12.2 device=d led=red state=off\n"
        let (output, _) = try BatchTestSupport.run(text)
        #expect(JSONLines.objects(output).first?["model"] as? String == "outdoor-4")
        let (overridden, _) = try BatchTestSupport.run(text, options: BatchOptions(model: "mini", jobs: 1))
        #expect(JSONLines.objects(overridden).first?["model"] as? String == "mini")
        #expect(throws: BatchError.self) {
            try BatchDiagnoser(diagnoser: BatchTestSupport.diagnoser, options: BatchOptions(model: "toaster"))
        }
    }

    @Test("--strict stops at the first bad line")
    func strict() throws {
        let text = Self.good + "junk\n" + Self.good + "more junk\n"
        #expect(
            throws: BatchError.rejectedLine(
                file: "log", line: 5, message: "expected TIME DEVICE [MODEL] COLOR on|off, found 1 field")
        ) {
            try BatchTestSupport.run(text, options: BatchOptions(jobs: 2, strict: true))
        }
    }

    @Test("error records can go to their own sink, still in line order")
    func separateErrors() throws {
        let text = "junk 1\n" + Self.good + "junk 2\n"
        let batch = try BatchDiagnoser(diagnoser: BatchTestSupport.diagnoser, options: BatchOptions(jobs: 2))
        let output = BatchClosureSink()
        let errors = BatchClosureSink()
        let summary = try batch.run([.text(text, name: "log")], output: output, errors: errors)
        #expect(summary.rejected == 2)
        #expect(!output.text.contains("\"error\""))
        #expect(errors.text.split(separator: "\n").count == 2)
        #expect(
            errors.text.hasPrefix(
                #"{"error":"expected TIME DEVICE [MODEL] COLOR on|off, found 2 "#
                    + #"fields","source":{"file":"log","line":1}}"#
            ))
    }

    @Test("a closed output stops the batch quietly, with the summary of what was read")
    func closedOutput() throws {
        let text = GeneratedLog.interleaved(seed: 3, devices: 10, episodesPerDevice: 3)
        let batch = try BatchDiagnoser(diagnoser: BatchTestSupport.diagnoser, options: BatchOptions(jobs: 2))
        let sink = BatchClosureSink { _ throws(BatchError) in throw BatchError.outputClosed }
        let summary = try batch.run([.text(text, name: "log")], output: sink)
        #expect(summary.outputClosed)
        #expect(summary.lines > 0)
        #expect(summary.json.contains("\"outputClosed\":true"))
        #expect(summary.text.contains("— output closed"))
    }

    @Test("an input that cannot be opened is an I/O error")
    func missingFile() throws {
        let batch = try BatchDiagnoser(diagnoser: BatchTestSupport.diagnoser)
        #expect(throws: BatchError.self) {
            try batch.run([.path("/nonexistent/leddiag.log")], output: BatchClosureSink())
        }
    }

    @Test("cancelling stops reading; what was read is diagnosed and the summary says interrupted")
    func cancel() throws {
        let bytes = Array(GeneratedLog.interleaved(seed: 4, devices: 30, episodesPerDevice: 4).utf8)
        let batch = try BatchDiagnoser(
            diagnoser: BatchTestSupport.diagnoser, options: BatchOptions(jobs: 2, chunkSize: 4096))
        let offset = Counter()
        let input = BatchInput.reader(name: "slow") { buffer in
            let start = offset.value
            let count = min(1000, buffer.count, bytes.count - start)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBytes {
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[start..<(start + count)]))
            }
            offset.value = start + count
            if start + count > 20_000 { batch.cancel() }
            return count
        }
        let sink = BatchClosureSink()
        let summary = try batch.run([input], output: sink)
        #expect(summary.interrupted)
        #expect(summary.isConsistent)
        #expect(summary.bytes < bytes.count)
        #expect(summary.episodes > 0)
    }
}

/// A value shared with a `@Sendable` closure that one thread uses at a time.
final class Counter: @unchecked Sendable {
    var value = 0
}

extension BatchAccountingTests {
    @Test(
        "the device count counts devices with a used line: one named only on rejected lines is not a device",
        arguments: [
            ("typed text that does not parse", "12 ghost: qqq zzz\n12 d: red x6\n", 1),
            (
                "a device name with a control character",
                "12 d\u{1B}x mini red on\n12 d mini red on\n13 d mini red off\n", 1
            ),
            ("only rejected", "12 ghost: qqq zzz\n", 0),
        ])
    func devicesOnRejectedLines(name: String, text: String, devices: Int) throws {
        let format: BatchInputFormat? = text.contains(":") ? .typed : nil
        let (_, summary) = try BatchTestSupport.run(text, options: BatchOptions(inputFormat: format, jobs: 2))
        #expect(summary.isConsistent, "\(name)")
        #expect(summary.rejected == 1, "\(name)")
        #expect(summary.devices == devices, "\(name)")
    }
}
