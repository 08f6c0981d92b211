import Foundation
import TestSupport
import Testing

/// #17, item 2: `batch --follow` reads a log as it grows, like `tail -F`. Each record must appear within
/// `--gap` + 1 s of the lines that make its episode: the latency is measured here, from the write to the
/// record's arrival on the pipe. Everything else waits with generous bounds (60 s), which only tell
/// "arrives" from "never arrives" on a loaded machine.
@Suite("Following a growing log", .serialized)
struct FollowTests {
    /// The episode gap the tests follow with (seconds), and the latency allowed beyond it.
    static let gap = 2.0
    static let slack = 1.0

    /// One blink episode of `device`: on and off a second later, at log time `time`.
    static func episode(_ device: String, at time: Int, color: String = "red") -> String {
        "\(time) \(device) mini \(color) on\n\(time + 1) \(device) mini \(color) off\n"
    }

    @Test("appended episodes, a rotation (rename + new file) and a truncation: each record within --gap + 1 s")
    func appendRotateTruncate() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let folder = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rig.log").path
        try Self.episode("cam-start", at: 100).write(toFile: path, atomically: false, encoding: .utf8)
        let run = try LEDDiagProcess(binary, ["batch", "--follow", "--gap", "\(Self.gap)", "--jobs", "2", path])
        let records = RecordCollector(run.output.fileHandleForReading)
        defer { if run.process.isRunning { kill(run.process.processIdentifier, SIGKILL) } }
        // The first record tells that the follower runs (start-up on a loaded machine may take long).
        _ = try #require(records.wait(for: 1, timeout: 60), "no first record")

        var latencies: [Double] = []
        // Appends, at later log times.
        for (index, device) in ["cam-a", "cam-b", "cam-c"].enumerated() {
            let written = try Self.append(Self.episode(device, at: 200 + 100 * index), to: path)
            let arrival = try #require(records.wait(for: index + 2, timeout: 60), "no record for \(device)")
            latencies.append(arrival - written)
            #expect(records.line(index + 1).contains("\"device\":\"\(device)\""))
            #expect(records.line(index + 1).contains("\"lines\":[\(3 + 2 * index),\(4 + 2 * index)]"))
        }
        // Rotation: the file is renamed, and a new one takes its path; its lines count from 1 again.
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        var written = try Self.append(Self.episode("cam-rotated", at: 600, color: "blue"), to: path)
        var arrival = try #require(records.wait(for: 5, timeout: 60), "no record after the rotation")
        latencies.append(arrival - written)
        #expect(records.line(4).contains("\"device\":\"cam-rotated\"") && records.line(4).contains("\"lines\":[1,2]"))
        // Truncation: the file is emptied and written again, shorter than before, so the follower sees it shrink.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.close()
        written = try Self.append(Self.episode("t", at: 700, color: "green"), to: path)
        arrival = try #require(records.wait(for: 6, timeout: 60), "no record after the truncation")
        latencies.append(arrival - written)
        #expect(records.line(5).contains("\"device\":\"t\"") && records.line(5).contains("\"lines\":[1,2]"))

        kill(run.process.processIdentifier, SIGTERM)
        #expect(run.wait(timeout: 60) == 143)
        let error = run.standardError
        #expect(error.contains("rig.log was replaced (rotated): reading the new file from its start"), "\(error)")
        #expect(error.contains("rig.log was truncated: reading it again from its start"), "\(error)")
        #expect(error.contains("interrupted"), "\(error)")
        let text = latencies.map { String(format: "%.2f", $0) }.joined(separator: ", ")
        print("FollowTests: record latencies after each write (s): \(text); the bound is \(Self.gap + Self.slack)")
        for latency in latencies {
            #expect(latency <= Self.gap + Self.slack, "latencies (s): \(text)")
            #expect(latency >= Self.gap - 0.5, "a record before its episode's gap passed: \(text)")
        }
    }

    @Test("SIGTERM while following writes what was read (--finish-on-interrupt: the open episodes too), 143")
    func terminationFlushes() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let folder = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rig.log").path
        let summaryPath = folder.appendingPathComponent("summary.json").path
        // d's first episode closes by its dark gap in log time; d's second and e's are open at SIGTERM (the
        // wall-clock gap, 60 s, does not pass meanwhile).
        try "12 d mini red on\n13 d mini red off\n80 d mini red on\n81 e mini red on\n".write(
            toFile: path, atomically: false, encoding: .utf8)
        let run = try LEDDiagProcess(
            binary, ["batch", "--follow", "--gap", "60", "--finish-on-interrupt", "--summary", summaryPath, path])
        let records = RecordCollector(run.output.fileHandleForReading)
        // Written at once (line-buffered), not held in the output buffer until the end.
        _ = try #require(records.wait(for: 1, timeout: 60), "the closed episode's record did not arrive")
        #expect(records.line(0).contains("\"lines\":[1,2]"))
        kill(run.process.processIdentifier, SIGTERM)
        #expect(run.wait(timeout: 60) == 143)
        _ = records.wait(for: 3, timeout: 10)
        #expect(records.count == 3, "\(records.all)")
        #expect(records.all.contains { $0.contains("\"device\":\"e\"") && $0.contains("ongoing") })
        let summary = try String(contentsOfFile: summaryPath, encoding: .utf8)
        #expect(summary.contains("\"episodes\":3") && summary.contains("\"interrupted\":true"), "\(summary)")
    }

    @Test("standard input is followed until the pipe closes; an idle pipe's episodes close by the wall clock")
    func followsAPipe() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let run = try LEDDiagProcess(binary, ["batch", "--follow", "--gap", "\(Self.gap)", "--stdin-name", "rig"])
        let records = RecordCollector(run.output.fileHandleForReading)
        let writer = run.input.fileHandleForWriting
        try writer.write(contentsOf: Data(Self.episode("p", at: 10).utf8))
        _ = try #require(records.wait(for: 1, timeout: 60), "the pipe's episode did not close while it stayed open")
        #expect(records.line(0).contains("\"source\":{\"file\":\"rig\",\"lines\":[1,2]}"))
        try writer.write(contentsOf: Data("30 q mini blue on\n".utf8))
        try writer.close()
        #expect(run.wait(timeout: 60) == 0)
        #expect(records.count == 2 && records.line(1).contains("\"device\":\"q\""), "\(records.all)")
    }

    @Test("--by-device while following: each device's roll-up as it changes, after the episode that changed it")
    func devicesOnChange() throws {
        let binary = try #require(LEDDiagCLI.executable)
        for episodes in [false, true] {
            let run = try LEDDiagProcess(
                binary,
                ["batch", "--follow", "--by-device", "--gap", "\(Self.gap)", "--stdin-name", "rig"]
                    + (episodes ? ["--episodes"] : []))
            let records = RecordCollector(run.output.fileHandleForReading)
            let writer = run.input.fileHandleForWriting
            let perChange = episodes ? 2 : 1
            try writer.write(contentsOf: Data(Self.episode("p", at: 10).utf8))
            _ = try #require(records.wait(for: perChange, timeout: 60), "p's first episode: \(records.all)")
            try writer.write(contentsOf: Data((Self.episode("q", at: 20) + Self.episode("p", at: 40)).utf8))
            _ = try #require(records.wait(for: 3 * perChange, timeout: 60), "q's and p's next: \(records.all)")
            try writer.close()
            #expect(run.wait(timeout: 60) == 0)
            let devices = records.all.filter { $0.contains("\"latest\":") }
            #expect(devices.count == 3, "one device record a change and none again at the end: \(records.all)")
            #expect(devices.map { $0.hasPrefix("{\"device\":\"p\"") } == [true, false, true])
            #expect(
                devices.first?.contains("\"episodes\":1,") == true && devices.last?.contains("\"episodes\":2,") == true)
            if episodes {
                let kinds = records.all.map { $0.contains("\"latest\":") ? "device" : "episode" }
                #expect(kinds == ["episode", "device", "episode", "device", "episode", "device"], "\(records.all)")
            }
        }
        let text = try LEDDiagProcess(
            binary,
            ["batch", "--follow", "--by-device", "--format", "text", "--gap", "\(Self.gap)", "--stdin-name", "rig"])
        let lines = RecordCollector(text.output.fileHandleForReading)
        try text.input.fileHandleForWriting.write(contentsOf: Data(Self.episode("p", at: 1_795_161_600).utf8))
        _ = try #require(lines.wait(for: 1, timeout: 60), "the text line of p's change")
        try text.input.fileHandleForWriting.close()
        #expect(text.wait(timeout: 60) == 0)
        #expect(lines.line(0).hasPrefix("device p (mini): "), "\(lines.all)")
        #expect(lines.line(0).contains(", ended 2026-11-20T08:00:01.000Z, 1 of 1 episodes, first fix "), "\(lines.all)")
    }

    @Test(
        "every input format: following a sample gives the records of a batch over it (as a set)",
        arguments: ["fleet.plain.log", "fleet.logfmt.log", "fleet.csv", "fleet.jsonl", "fleet.typed.log"])
    func everyFormat(file: String) throws {
        let binary = try #require(LEDDiagCLI.executable)
        let folder = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(file).path
        try FileManager.default.copyItem(
            atPath: TestPaths.repository.appendingPathComponent("Samples/batch/" + file).path, toPath: path)
        let batch = try LEDDiagCLI.run(["batch", "--format", "jsonl", "--gap", "\(Self.gap)", path])
        let expected = batch.stdout.split(separator: "\n").map(String.init)
        #expect(expected.count >= 5)
        let run = try LEDDiagProcess(binary, ["batch", "--follow", "--gap", "\(Self.gap)", path])
        let records = RecordCollector(run.output.fileHandleForReading)
        _ = records.wait(for: expected.count, timeout: 60)
        kill(run.process.processIdentifier, SIGTERM)
        #expect(run.wait(timeout: 60) == 143)
        #expect(records.all.sorted() == expected.sorted())
    }

    @Test("a CSV log rotated to a file without the header is read with the header before it")
    func csvHeaderAcrossRotation() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let folder = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rig.csv").path
        let header = "time,device,model,color,state\n"
        try (header + "100,a,mini,red,on\n101,a,mini,red,off\n").write(toFile: path, atomically: false, encoding: .utf8)
        let run = try LEDDiagProcess(binary, ["batch", "--follow", "--gap", "\(Self.gap)", path])
        let records = RecordCollector(run.output.fileHandleForReading)
        _ = try #require(records.wait(for: 1, timeout: 60), "no record from the first file")
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        _ = try Self.append("200,b,mini,blue,on\n201,b,mini,blue,off\n", to: path)
        _ = try #require(records.wait(for: 2, timeout: 60), "no record from the file without a header")
        kill(run.process.processIdentifier, SIGTERM)
        #expect(run.wait(timeout: 60) == 143)
        #expect(records.line(0).contains("\"lines\":[2,3]"), "\(records.all)")
        #expect(records.line(1).contains("\"device\":\"b\"") && records.line(1).contains("\"lines\":[1,2]"))
        #expect(!run.standardError.contains("cannot tell the format"), "\(run.standardError)")
    }

    @Test("--follow takes one input", arguments: [["a.log", "b.log"]])
    func oneInput(files: [String]) throws {
        let result = try LEDDiagCLI.run(["batch", "--follow"] + files)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--follow follows one file (or standard input), not 2"), "\(result.stderr)")
    }

    /// Appends `text` to the file at `path` in one write; when it was written (monotonic seconds).
    static func append(_ text: String, to path: String) throws -> Double {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        try #require(descriptor >= 0, "cannot open \(path)")
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        try #require(write(descriptor, bytes, bytes.count) == bytes.count)
        return RecordCollector.now()
    }
}

/// Reads a process's standard output on a thread of its own and notes when each line arrived.
final class RecordCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [(text: String, arrival: Double)] = []
    private var pending = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                self.take(data, at: Self.now())
            }
        }
    }

    /// Monotonic seconds.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    private func take(_ data: Data, at time: Double) {
        lock.withLock {
            pending.append(data)
            while let newline = pending.firstIndex(of: 0x0A) {
                lines.append((String(decoding: pending[pending.startIndex..<newline], as: UTF8.self), time))
                pending.removeSubrange(pending.startIndex...newline)
            }
        }
    }

    /// When the `count`th line arrived, waiting at most `timeout` seconds for it; `nil` if it did not.
    func wait(for count: Int, timeout: Double) -> Double? {
        let deadline = Self.now() + timeout
        while Self.now() < deadline {
            if let arrival = lock.withLock({ lines.count >= count ? lines[count - 1].arrival : nil }) { return arrival }
            usleep(10_000)
        }
        return nil
    }

    var count: Int { lock.withLock { lines.count } }
    var all: [String] { lock.withLock { lines.map(\.text) } }
    /// Line `index` (0-based), or "" when it has not arrived.
    func line(_ index: Int) -> String { lock.withLock { index < lines.count ? lines[index].text : "" } }
}
