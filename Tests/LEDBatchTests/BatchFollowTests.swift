import Foundation
import LEDSupport
import TestSupport
import Testing

@testable import LEDBatch

/// ``BatchFollow`` through the library: what it refuses, and a followed pipe read to its end. (Growing
/// files, rotation and the wall-clock gap are timed end to end in `FollowTests`.)
@Suite("Batch: following")
struct BatchFollowTests {
    @Test(
        "following refuses anything but one file or descriptor, and a poll interval outside (0, 1] s",
        arguments: [
            (
                [BatchInput.path("a.log"), .path("b.log")], 0.1,
                "--follow follows one input (a file, or standard input), not 2"
            ),
            (
                [BatchInput.text("1 d mini red on\n", name: "mem")], 0.1,
                "only a file or a descriptor can be followed, not mem"
            ),
            ([BatchInput.path("a.log")], 0, "the poll interval of --follow must be more than 0 and at most 1 second"),
            ([BatchInput.path("a.log")], 5, "the poll interval of --follow must be more than 0 and at most 1 second"),
        ] as [([BatchInput], Double, String)])
    func refusals(inputs: [BatchInput], interval: Double, message: String) throws {
        let batch = try BatchDiagnoser(
            diagnoser: BatchTestSupport.diagnoser,
            options: BatchOptions(jobs: 1, follow: BatchFollow(pollInterval: interval)))
        #expect(throws: BatchError.usage(message)) { try batch.run(inputs, output: BatchClosureSink()) }
    }

    @Test("a followed pipe, written in pieces and closed, gives a batch's records (in the order episodes close)")
    func pipeToItsEnd() throws {
        let text = try String(
            contentsOf: BatchGoldenTests.folder.appendingPathComponent("fleet.logfmt.log"), encoding: .utf8)
        let expected = try BatchTestSupport.run(text, name: "pipe").output
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let bytes = Array(text.utf8)
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let writer = Thread {
            // Pieces that cut lines in two, with pauses longer than a poll between some of them.
            var offset = 0
            while offset < bytes.count {
                let count = min(37, bytes.count - offset)
                _ = bytes[offset..<(offset + count)].withUnsafeBytes { write(writeEnd, $0.baseAddress, count) }
                offset += count
                if offset % 5 == 0 { usleep(30_000) }
            }
            close(writeEnd)
        }
        writer.start()
        let batch = try BatchDiagnoser(
            diagnoser: BatchTestSupport.diagnoser,
            options: BatchOptions(jobs: 2, follow: BatchFollow(pollInterval: 0.02)))
        let sink = BatchClosureSink()
        let summary = try batch.run([.descriptor(readEnd, name: "pipe")], output: sink)
        close(readEnd)
        #expect(summary.isConsistent)
        #expect(!summary.interrupted)
        let records = sink.text.split(separator: "\n")
        #expect(records.count >= 6)
        #expect(records.sorted() == expected.split(separator: "\n").sorted())
    }
}
