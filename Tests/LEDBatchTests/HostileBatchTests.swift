import Foundation
import LEDCore
import LEDEngine
import TestSupport
import Testing

@testable import LEDBatch

/// Hostile logs through the batch engine, every format: nothing is lost — `lines = used + skipped +
/// rejected` — and every rejected line is an error record carrying its line number, whatever the
/// chunking and the number of jobs (docs/reliability.md, "Nothing lost").
@Suite("Hostile input: batch logs")
struct HostileBatchTests {
    /// What a batch made of a log, after the accounting invariants were checked.
    struct Outcome {
        var summary: BatchSummary
        /// The error records' line numbers and messages, in output order.
        var errors: [(line: Int, message: String)]
        /// The episode records (JSON objects).
        var episodes: [[String: Any]]
    }

    /// Runs `bytes` through a batch with 1 job and default chunks, and with 3 jobs and 64-byte chunks;
    /// checks both add up, report every rejected line with its number, and agree; returns the first.
    static func run(
        _ bytes: [UInt8], format: BatchInputFormat? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcome {
        let expectedLines = bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } + (bytes.last.map { $0 == 0x0A ? 0 : 1 } ?? 0)
        var outcomes: [(Outcome, String)] = []
        for options in [
            BatchOptions(inputFormat: format, jobs: 1), BatchOptions(inputFormat: format, jobs: 3, chunkSize: 64),
        ] {
            let batch = try BatchDiagnoser(diagnoser: HardeningSupport.diagnoser, options: options)
            let sink = BatchClosureSink()
            let summary = try batch.run([.bytes(bytes, name: "log")], output: sink)
            let records = JSONLines.objects(sink.text)
            #expect(
                records.count == sink.text.split(separator: "\n").count, "every record is one JSON line",
                sourceLocation: sourceLocation)
            let errors = records.compactMap { record -> (Int, String)? in
                guard let message = record["error"] as? String,
                    let line = (record["source"] as? [String: Any])?["line"] as? Int
                else { return nil }
                return (line, message)
            }
            let episodes = records.filter { $0["error"] == nil }
            #expect(summary.isConsistent, "\(summary.json)", sourceLocation: sourceLocation)
            #expect(
                summary.lines == expectedLines, "lines \(summary.lines), the input has \(expectedLines)",
                sourceLocation: sourceLocation)
            #expect(
                errors.count == summary.rejected, "one error record per rejected line", sourceLocation: sourceLocation)
            #expect(
                errors.map(\.0) == errors.map(\.0).sorted() && Set(errors.map(\.0)).count == errors.count,
                sourceLocation: sourceLocation)
            #expect(errors.allSatisfy { $0.0 >= 1 && $0.0 <= expectedLines }, sourceLocation: sourceLocation)
            #expect(episodes.count == summary.episodes, sourceLocation: sourceLocation)
            outcomes.append((Outcome(summary: summary, errors: errors, episodes: episodes), sink.text))
        }
        let (first, firstText) = outcomes[0]
        let (second, secondText) = outcomes[1]
        // Tiny chunks reject lines longer than a chunk; otherwise the output does not depend on chunks or jobs.
        if bytes.split(separator: 0x0A, omittingEmptySubsequences: false).allSatisfy({ $0.count < 60 }) {
            #expect(firstText == secondText, "output depends on chunking or jobs", sourceLocation: sourceLocation)
        }
        #expect(first.summary.lines == second.summary.lines, sourceLocation: sourceLocation)
        return first
    }

    static func run(
        _ text: String, format: BatchInputFormat? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcome {
        try run(Array(text.utf8), format: format, sourceLocation: sourceLocation)
    }

    /// One hostile log and what it must give.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var format: BatchInputFormat?
        var used: Int
        var skipped: Int
        /// The rejected lines' numbers.
        var rejected: [Int]
        var episodes: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty", text: "", used: 0, skipped: 0, rejected: [], episodes: 0),
        Case(name: "whitespace only", text: "   \n\t\n \r\n\n", used: 0, skipped: 4, rejected: [], episodes: 0),
        Case(name: "comments only, no final newline", text: "# a\n# b", used: 0, skipped: 2, rejected: [], episodes: 0),
        Case(
            name: "NUL bytes", text: "12 d mini red on\n\0\0\0\n13 d\0 mini red off\n14 d mini red off\n", used: 2,
            skipped: 0, rejected: [2, 3], episodes: 1),
        Case(
            name: "invalid UTF-8 (decoded)",
            text: "12 d mini red on\n13 \u{FFFD}\u{FFFD} mini red on\n14 d mini red off\n", used: 3, skipped: 0,
            rejected: [], episodes: 2),
        Case(
            name: "CRLF", text: "12 d mini red on\r\n13 d mini red off\r\n\r\n", used: 2, skipped: 1, rejected: [],
            episodes: 1),
        Case(
            name: "lone CR is not a line break", text: "12 d mini red on\r13 d mini red off\n", used: 0, skipped: 0,
            rejected: [1], episodes: 0),
        Case(
            name: "truncated last line", text: "12 d mini red on\n13 d mini red off\n14 d mi", used: 2, skipped: 0,
            rejected: [3], episodes: 1),
        Case(
            name: "last line without newline", text: "12 d mini red on\n13 d mini red off", used: 2, skipped: 0,
            rejected: [], episodes: 1),
        Case(
            name: "mixed formats",
            text: "12 d mini red on\nts=13 device=d led=red state=off\n{\"time\": 14}\n15 d mini red off\n",
            format: .plain, used: 2, skipped: 0, rejected: [2, 3], episodes: 1),
        Case(
            name: "timestamps going backwards",
            text: "20 d mini red on\n19 d mini red off\n18 d mini red on\n17.5 d mini red off\n", used: 4, skipped: 0,
            rejected: [], episodes: 1),
        Case(
            name: "the same timestamp twice",
            text: "12 d mini red on\n12 d mini red off\n12 d mini red on\n12.2 d mini red off\n", used: 4, skipped: 0,
            rejected: [], episodes: 1),
        Case(
            name: "off without on", text: "12 d mini red off\n12.2 d mini red off\n", used: 2, skipped: 0, rejected: [],
            episodes: 1),
        Case(name: "on never switched off", text: "12 d mini red on\n", used: 1, skipped: 0, rejected: [], episodes: 1),
        Case(
            name: "on twice", text: "12 d mini red on\n12.1 d mini red on\n12.3 d mini red off\n", used: 3, skipped: 0,
            rejected: [], episodes: 1),
        Case(
            name: "times that are not times",
            text: "nan d mini red on\ninf d mini red on\n1e30 d mini red on\n-5 d mini red on\n-4.8 d mini red off\n",
            used: 2, skipped: 0, rejected: [1, 2, 3], episodes: 1),
        Case(
            name: "a 40-digit time", text: String(repeating: "9", count: 40) + " d mini red on\n12 d mini red off\n",
            used: 1, skipped: 0, rejected: [1], episodes: 1),
        // CSV.
        Case(
            name: "CSV quoted, missing and extra columns",
            text:
                "time,device,model,color,state\n12,\"d, \"\"x\"\"\",mini,red,on\n12.2,\"d, "
                + "\"\"x\"\"\",mini,red,off\n13,e,mini,red\n14,e,mini,red,on,extra,more\n14.2,e,mini,red,off\n",
            used: 4, skipped: 1, rejected: [4], episodes: 2),
        Case(
            name: "CSV quoted line break (a record is one line)", text: "time,device,color,state\n12,\"d\nx\",red,on\n",
            format: .csv, used: 0, skipped: 1, rejected: [2, 3], episodes: 0),
        Case(
            name: "CSV header only", text: "device,time,state,color\n", used: 0, skipped: 1, rejected: [], episodes: 0),
        Case(
            name: "CSV header lacking columns", text: "time,device,color\n12,d,red\n", format: .csv, used: 0,
            skipped: 0, rejected: [1, 2], episodes: 0),
        Case(
            name: "CSV unterminated quote", text: "time,device,color,state\n12,\"d,red,on\n13,d,red,on\n", format: .csv,
            used: 1, skipped: 1, rejected: [2], episodes: 1),
        // JSON lines.
        // JSON lines: a member of the wrong type rejects the line; a number is a fine device name.
        Case(
            name: "JSON wrong types",
            text:
                "{\"time\": true, \"device\": \"d\", \"color\": \"red\", \"state\": \"on\"}\n{\"time\": 12, "
                + "\"device\": 5, \"color\": \"red\", \"state\": \"on\"}\n{\"time\": 12, \"device\": \"d\", "
                + "\"color\": [\"red\"], \"state\": \"on\"}\n{\"time\": 12, \"device\": \"d\", \"color\": \"red\", "
                + "\"state\": \"maybe\"}\n{\"time\": \"12\", \"device\": \"d\", \"color\": \"red\", \"state\": "
                + "true}\n{\"time\": 12.2, \"device\": \"d\", \"color\": \"red\", \"state\": false}\n",
            format: .jsonl, used: 3, skipped: 0, rejected: [1, 3, 4], episodes: 2),
        Case(
            name: "JSON not an object, broken, duplicate keys",
            text:
                "[1, 2]\n\"x\"\n{\"time\": 12,\n{\"time\": 12, \"time\": 13, \"device\": \"d\", \"color\": \"red\", "
                + "\"state\": \"on\"}\n{}\n",
            format: .jsonl, used: 0, skipped: 0, rejected: [1, 2, 3, 4, 5], episodes: 0),
        Case(
            name: "JSON times out of range",
            text:
                "{\"time\": 1e30, \"device\": \"d\", \"color\": \"red\", \"state\": \"on\"}\n{\"time\": -1e30, "
                + "\"device\": \"d\", \"color\": \"red\", \"state\": \"off\"}\n{\"time\": 12, \"device\": \"d\", "
                + "\"color\": \"red\", \"state\": \"off\"}\n",
            format: .jsonl, used: 1, skipped: 0, rejected: [1, 2], episodes: 1),
        // Typed observations: counts and durations no light can do are read, each with a warning (the reader's
        // NumberPass+Readings; `typedOutOfRangeNumbersWarn` below), never a rejected line.
        Case(
            name: "typed counts and durations",
            text: Self.outOfRangeNumbers,
            format: .typed, used: 6, skipped: 0, rejected: [], episodes: 6),
        Case(
            name: "typed without text or device", text: "d mini:\n: red x6\nd mini red x6\n", format: .typed, used: 0,
            skipped: 0, rejected: [1, 2, 3], episodes: 0),
    ]

    @Test(arguments: cases)
    func hostileLog(_ testCase: Case) throws {
        let outcome = try Self.run(testCase.text, format: testCase.format)
        #expect(outcome.summary.used == testCase.used, "used")
        #expect(outcome.summary.skipped == testCase.skipped, "skipped")
        #expect(outcome.errors.map(\.line) == testCase.rejected, "rejected lines: \(outcome.errors)")
        #expect(outcome.summary.episodes == testCase.episodes, "episodes")
    }

    /// Typed lines whose counts and lengths no light can do: 0, -3 and 10^30 blinks, 0 and -5 seconds.
    static let outOfRangeNumbers =
        "d mini: blinks red 0 times\nd mini: red blinks -3 times\nd mini: red blinks 10^30 times\nd mini: "
        + "solid red for 0 seconds\nd mini: solid red for -5 seconds\nd mini: red x6 after blue\n"

    @Test("a typed count or length no light can do is read, with a warning where the text was bent to fit")
    func typedOutOfRangeNumbersWarn() throws {
        let outcome = try Self.run(Self.outOfRangeNumbers, format: .typed)
        let read = outcome.episodes.map {
            (($0["canonical"] as? String) ?? "", (($0["warnings"] as? [String]) ?? []).count)
        }
        #expect(
            read.map(\.0) == [
                "dev=mini ctx=- : red:off:_:_:_:_:_",  // "blinks red 0 times": no red blink, as said
                "dev=mini ctx=- : red:blink:3:_:_:_:_",
                "dev=mini ctx=- : red:blink:_:_:continuous:_:_",
                "dev=mini ctx=- : red:solid:_:_:brief:_:_",
                "dev=mini ctx=- : red:solid:_:_:seconds=5:_:_",
                "dev=mini ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_",
            ])
        #expect(read.map(\.1) == [0, 1, 1, 1, 1, 0])
    }

    @Test("anomalies become flags on the episode's events, and are still diagnosed")
    func anomaliesAreFlags() throws {
        let outcome = try Self.run(
            "20 d mini red on\n19 d mini red off\n21 d mini blue off\n22 d mini green on\n", format: .plain)
        let canonical = try #require(outcome.episodes.first?["canonical"] as? String)
        #expect(canonical.contains("time-backwards"))
        #expect(canonical.contains("off-without-on"))
        #expect(canonical.contains("ongoing"))
    }

    @Test(
        "a byte-order mark at the start of a file is skipped, in every format",
        arguments: [
            "12 d mini red on\n13 d mini red off\n",
            "ts=12 device=d model=mini led=red state=on\nts=13 device=d led=red state=off\n",
            "time,device,model,color,state\n12,d,mini,red,on\n13,d,mini,red,off\n",
            "{\"time\": 12, \"device\": \"d\", \"model\": \"mini\", \"color\": \"red\", \"state\": "
                + "\"on\"}\n{\"time\": 13, \"device\": \"d\", \"color\": \"red\", \"state\": \"off\"}\n",
            "d mini: red x6 after blue\n",
        ])
    func byteOrderMark(body: String) throws {
        let plain = try Self.run(body)
        let marked = try Self.run([0xEF, 0xBB, 0xBF] + Array(body.utf8))
        #expect(marked.errors.isEmpty, "\(marked.errors)")
        #expect(marked.summary.used == plain.summary.used && marked.summary.skipped == plain.summary.skipped)
        #expect(marked.summary.episodes == plain.summary.episodes && marked.summary.episodes > 0)
    }

    @Test("a byte-order mark in the middle of a file is an ordinary (bad) byte: the line is rejected with its number")
    func byteOrderMarkInTheMiddle() throws {
        let outcome = try Self.run("12 d mini red on\n\u{FEFF}13 d mini red off\n14 d mini red off\n", format: .plain)
        #expect(outcome.errors.map(\.line) == [2])
    }

    @Test("deep nesting in an ignored JSON member: no stack overflow", arguments: [1_000, 100_000])
    func deepJSONNesting(depth: Int) throws {
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let text =
            "{\"time\": 12, \"device\": \"d\", \"color\": \"red\", \"state\": \"on\", \"x\": \(nested)}\n"
            + "{\"x\": {\"y\": \(nested)}, \"time\": 12.2, \"device\": \"d\", \"color\": \"red\", \"state\": \"off\"}\n"
            + String(repeating: "{", count: depth) + "\n"
        let outcome = try Self.run(text, format: .jsonl)
        #expect(outcome.summary.lines == 3)
        #expect(outcome.errors.map(\.line).contains(3))
    }

    @Test("a 10 MB single line is rejected with its number; the lines around it are read")
    func tenMegabyteLine() throws {
        var bytes = Array("12 d mini red on\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 10_000_000)
        bytes += Array("\n13 d mini red off\n".utf8)
        let batch = try BatchDiagnoser(diagnoser: HardeningSupport.diagnoser, options: BatchOptions(jobs: 2))
        let sink = BatchClosureSink()
        let clock = ContinuousClock()
        let start = clock.now
        let summary = try batch.run([.bytes(bytes, name: "log")], output: sink)
        // A second or two in a debug build; the bound only tells linear (the reader drops the line's
        // bytes chunk by chunk) from quadratic (hours), so it holds under sanitizers on a busy machine.
        #expect(clock.now - start < .seconds(180), "linear time")
        #expect(summary.isConsistent)
        #expect(summary.lines == 3 && summary.used == 2 && summary.rejected == 1)
        let errors = JSONLines.objects(sink.text).filter { $0["error"] != nil }
        #expect((errors.first?["source"] as? [String: Any])?["line"] as? Int == 2)
        #expect(summary.episodes == 1)
    }

    /// A plain log of `devices` devices, each on once and off once, all interleaved.
    static func fleet(devices: Int) -> String {
        var text = ""
        text.reserveCapacity(devices * 40)
        for device in 0..<devices { text += "\(1000 + device / 10) dev\(device) mini red on\n" }
        for device in 0..<devices { text += "\(20_000 + device / 10) dev\(device) red off\n" }
        return text
    }

    @Test("100 000 devices with one episode each: every device and episode accounted for")
    func hundredThousandDevices() throws {
        // The pipeline at full scale with a real diagnoser over a one-rule catalog (100 000 diagnoses
        // with the built-in catalog take ~100 s in a debug build); the next test uses the built-in one.
        let oneRule = HardeningSupport.hostileCatalogFile(
            [(id: "only-rule", pattern: "^never$")], name: "one-rule.yaml")
        let diagnoser = Diagnoser(catalog: try CatalogLoader(jit: true).load([oneRule]))
        let seen = LockedCounter()
        let options = BatchOptions(inputFormat: .plain, jobs: 4, observer: { _ in seen.increment() })
        let batch = try BatchDiagnoser(diagnoser: diagnoser, options: options)
        let episodes = LockedCounter()
        let sink = BatchClosureSink { record throws(BatchError) in
            if record.kind == .episode { episodes.increment() }
        }
        let summary = try batch.run([.text(Self.fleet(devices: 100_000), name: "fleet")], output: sink)
        #expect(summary.isConsistent)
        #expect(summary.lines == 200_000 && summary.used == 200_000 && summary.rejected == 0)
        #expect(summary.devices == 100_000)
        #expect(summary.episodes == 100_000)
        #expect(episodes.value == 100_000 && seen.value == 100_000)
    }

    @Test("3 000 devices with one episode each, diagnosed for real")
    func thousandsOfDevices() throws {
        let batch = try BatchDiagnoser(
            diagnoser: HardeningSupport.diagnoser, options: BatchOptions(inputFormat: .plain, jobs: 4))
        let (output, summary) = try batch.run(text: Self.fleet(devices: 3_000), name: "fleet")
        #expect(summary.isConsistent)
        #expect(summary.devices == 3_000 && summary.episodes == 3_000 && summary.rejected == 0)
        let records = JSONLines.objects(output)
        #expect(records.count == 3_000)
        #expect(Set(records.compactMap { $0["device"] as? String }).count == 3_000)
    }

    @Test("an input that is a directory: a clear I/O error naming it")
    func directoryInput() throws {
        let folder = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = try BatchDiagnoser(diagnoser: HardeningSupport.diagnoser)
        do {
            _ = try batch.run([.path(folder.path)], output: BatchClosureSink())
            Issue.record("expected an I/O error")
        } catch {
            guard case .io(let message) = error else {
                Issue.record("expected .io, got \(error)")
                return
            }
            #expect(message.contains(folder.path))
        }
    }

    @Test("an input that fails mid-run: an I/O error, and what was written is whole records in line order")
    func failsMidRun() throws {
        let bytes = Array(GeneratedLog.interleaved(seed: 2, devices: 10, episodesPerDevice: 3).utf8)
        let offset = Counter()
        let input = BatchInput.reader(name: "flaky") { buffer in
            let start = offset.value
            if start > bytes.count / 2 { throw POSIXError(.EIO) }
            let count = min(997, buffer.count, bytes.count - start)
            bytes.withUnsafeBytes {
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[start..<(start + count)]))
            }
            offset.value = start + count
            return count
        }
        let batch = try BatchDiagnoser(
            diagnoser: HardeningSupport.diagnoser, options: BatchOptions(jobs: 2, chunkSize: 4096))
        let sink = BatchClosureSink()
        #expect(throws: BatchError.self) { try batch.run([input], output: sink) }
        let lines = sink.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "", "whole records only")
        #expect(JSONLines.objects(sink.text).count == lines.count - 1)
    }

    /// A pipe whose write end the test keeps; the batch reads the read end as a descriptor.
    final class TestPipe: @unchecked Sendable {
        let readEnd: Int32
        private let writeEnd: Int32
        private let lock = NSLock()
        private var writable = true

        /// A new pipe; with `nonBlockingWrites`, a write to a full pipe is dropped instead of waiting.
        init(nonBlockingWrites: Bool = false) throws {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
            readEnd = ends[0]
            writeEnd = ends[1]
            if nonBlockingWrites { _ = fcntl(writeEnd, F_SETFL, O_NONBLOCK) }
        }

        /// Writes `text`, unless the write end is closed.
        func send(_ text: String) {
            let bytes = Array(text.utf8)
            lock.withLock {
                guard writable else { return }
                _ = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
            }
        }

        /// Closes the write end (once): the reader sees the end of the input.
        func closeWriteEnd() {
            lock.withLock {
                if writable { close(writeEnd) }
                writable = false
            }
        }

        /// Cancels `batch` after `delay` seconds and, should it still be waiting `limit` seconds later
        /// (as it did before finding F1 was fixed), ends the input so that the test fails instead of
        /// hanging. Call the returned closure when the batch has returned.
        func cancel(_ batch: BatchDiagnoser, after delay: Double, backstop limit: Double = 20) -> @Sendable () -> Void {
            let returned = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                usleep(UInt32(delay * 1_000_000))
                batch.cancel()
                if returned.wait(timeout: .now() + limit) == .timedOut { self.closeWriteEnd() }
            }
            return { returned.signal() }
        }

        deinit {
            closeWriteEnd()
            close(readEnd)
        }
    }

    @Test(
        """
        cancelled while the input is stalled: the batch ends with what was read, interrupted; the open \
        episodes are counted, or finished with finishOnInterrupt
        """,
        arguments: [(1, false), (3, false), (1, true), (3, true)])
    func cancelWhileStalled(jobs: Int, finish: Bool) throws {
        let pipe = try TestPipe()
        // The last line is not whole yet: it is not read as a line.
        pipe.send("12 d mini red on\n13 d mini red off\n14 e mini red on\n15 e mi")
        let batch = try BatchDiagnoser(
            diagnoser: HardeningSupport.diagnoser,
            options: BatchOptions(inputFormat: .plain, jobs: jobs, finishOnInterrupt: finish))
        let returned = pipe.cancel(batch, after: 0.3)
        let sink = BatchClosureSink()
        let summary = try batch.run([.descriptor(pipe.readEnd, name: "pipe")], output: sink)
        returned()
        #expect(summary.interrupted)
        #expect(summary.isConsistent)
        #expect(summary.lines == 3 && summary.used == 3 && summary.rejected == 0)
        let devices = JSONLines.objects(sink.text).compactMap { $0["device"] as? String }
        #expect(devices == (finish ? ["d", "e"] : []))
        #expect(summary.undiagnosed == (finish ? 0 : 2))
        #expect(summary.episodes + summary.undiagnosed == 2)
    }

    @Test("cancelled while lines trickle in: the batch stops without waiting for a whole chunk")
    func cancelWhileTrickling() throws {
        let pipe = try TestPipe(nonBlockingWrites: true)
        let stop = LockedCounter()
        let writerDone = DispatchSemaphore(value: 0)
        let writer = Thread {
            var time = 0.0
            while stop.value == 0 {
                pipe.send("\(time) porch mini red on\n\(time + 0.25) porch mini red off\n")
                time += 0.5
                usleep(5_000)
            }
            writerDone.signal()
        }
        writer.start()
        // The writer stops before the pipe closes (its descriptors could be reused by then).
        defer {
            stop.increment()
            writerDone.wait()
        }
        let batch = try BatchDiagnoser(
            diagnoser: HardeningSupport.diagnoser, options: BatchOptions(inputFormat: .plain, jobs: 2))
        let returned = pipe.cancel(batch, after: 0.5)
        // A few KB arrive before the cancel, far from a 2 MiB chunk: the reader must not wait for one.
        let summary = try batch.run([.descriptor(pipe.readEnd, name: "pipe")], output: BatchClosureSink())
        returned()
        #expect(summary.interrupted)
        #expect(summary.isConsistent)
        #expect(summary.lines > 0 && summary.rejected == 0)
        #expect(summary.bytes < BatchOptions().chunkSize)
    }

    @Test("a file deleted while it is read is read to its end (the open descriptor keeps it)")
    func deletedWhileRead() throws {
        let folder = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rig.log").path
        let text = GeneratedLog.interleaved(seed: 3, devices: 8, episodesPerDevice: 2)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try FileManager.default.removeItem(atPath: path)
        let batch = try BatchDiagnoser(diagnoser: HardeningSupport.diagnoser, options: BatchOptions(jobs: 2))
        let summary = try batch.run([.descriptor(descriptor, name: "rig.log")], output: BatchClosureSink())
        let (_, expected) = try BatchTestSupport.run(text)
        #expect(summary.lines == expected.lines && summary.episodes == expected.episodes && summary.isConsistent)
    }
}
