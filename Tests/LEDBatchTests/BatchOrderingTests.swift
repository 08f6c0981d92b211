import Foundation
import LEDCore
import LEDInput
import TestSupport
import Testing

@testable import LEDBatch

/// Output order and determinism: by first line, whatever the number of jobs, chunk size, spill
/// limit or read sizes; the same episodes as diagnosing each device's transitions on their own.
@Suite("Batch: ordering and determinism")
struct BatchOrderingTests {
    /// A log in time order, with a bad line in the middle.
    static let log: String = {
        var lines = GeneratedLog.interleaved(seed: 21, devices: 40, episodesPerDevice: 4).split(separator: "\n").map(
            String.init)
        lines.insert("not a line", at: lines.count / 2)
        return lines.joined(separator: "\n") + "\n"
    }()

    /// Not in time order: a second log restarts the clock for three of the same devices.
    static let unordered =
        GeneratedLog.interleaved(seed: 21, devices: 40, episodesPerDevice: 4)
        + "not a line\n" + GeneratedLog.interleaved(seed: 22, devices: 3, episodesPerDevice: 1)

    static func output(_ options: BatchOptions, input: BatchInput? = nil, text: String = log) throws -> String {
        let batch = try BatchDiagnoser(diagnoser: BatchTestSupport.diagnoser, options: options)
        let sink = BatchClosureSink()
        let summary = try batch.run([input ?? .text(text, name: "log")], output: sink)
        #expect(summary.isConsistent)
        return sink.text
    }

    @Test("--jobs 1 and the default give the same bytes (in time order or not)", arguments: [false, true])
    func jobs(unordered: Bool) throws {
        let text = unordered ? Self.unordered : Self.log
        let one = try Self.output(BatchOptions(jobs: 1), text: text)
        #expect(try Self.output(BatchOptions(), text: text) == one)
        #expect(try Self.output(BatchOptions(jobs: 2), text: text) == one)
        #expect(try Self.output(BatchOptions(jobs: 3), text: text) == one)
        #expect(try Self.output(BatchOptions(jobs: 7), text: text) == one)
        #expect(!one.isEmpty)
    }

    /// Chunk boundaries move the moments idle episodes are closed; for a log in time order that
    /// never changes an episode (for one that is not, `--jobs` still does not: chunks do not depend on it).
    @Test(
        "chunk sizes, tiny reads and spilling to disk do not change the output",
        arguments: [
            (64, 32 << 20), (100, 32 << 20), (1000, 32 << 20), (4096, 2048), (65536, 0),
        ])
    func chunks(chunkSize: Int, spillLimit: Int) throws {
        let reference = try Self.output(BatchOptions(jobs: 1))
        #expect(try Self.output(BatchOptions(jobs: 3, chunkSize: chunkSize, spillLimit: spillLimit)) == reference)
    }

    @Test("a reader that returns a few bytes at a time (a pipe) gives the same output")
    func pipe() throws {
        let bytes = Array(Self.log.utf8)
        let offset = Counter()
        let input = BatchInput.reader(name: "log") { buffer in
            let start = offset.value
            let count = min(7 + start % 13, buffer.count, bytes.count - start)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBytes {
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[start..<(start + count)]))
            }
            offset.value = start + count
            return count
        }
        #expect(
            try Self.output(BatchOptions(jobs: 2, chunkSize: 4096), input: input)
                == (try Self.output(BatchOptions(jobs: 1))))
    }

    @Test("records come in the order of their first line")
    func order() throws {
        let records = JSONLines.objects(try Self.output(BatchOptions(jobs: 3, chunkSize: 512)))
        let firsts = records.compactMap { record -> Int? in
            guard let source = record["source"] as? [String: Any] else { return nil }
            return (source["lines"] as? [Int])?.first ?? source["line"] as? Int
        }
        #expect(firsts.count == records.count)
        #expect(firsts == firsts.sorted())
        #expect(Set(firsts).count == firsts.count)
    }

    @Test("each episode is what diagnosing that device's transitions on their own gives")
    func reference() throws {
        let text = GeneratedLog.interleaved(seed: 23, devices: 15, episodesPerDevice: 3)
        var transitions: [String: [LEDTransition]] = [:]
        var models: [String: String] = [:]
        var times: [Int: String] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: " ")
            guard fields.count == 5, let color = LEDColor(rawValue: String(fields[3])),
                let time = Array(fields[0].utf8).withUnsafeBytes({ BatchTimestamp.seconds($0) })
            else { continue }
            transitions[String(fields[1]), default: []].append(
                LEDTransition(time: time, color: color, isOn: fields[4] == "on", line: index + 1))
            models[String(fields[1])] = String(fields[2])
            times[index + 1] = String(fields[0])
        }
        let diagnoser = BatchTestSupport.diagnoser
        let renderer = BatchRecordRenderer(format: .jsonl)
        var expected: [(Int, String)] = []
        for (device, list) in transitions {
            let model = try? diagnoser.deviceID(for: models[device] ?? "")
            for episode in TimelineBuilder.episodes(from: list) {
                var observation = episode.observation
                observation.device = model
                let text = renderer.episode(
                    diagnoser.diagnose(observation), device: device, model: model, start: times[episode.firstLine],
                    end: times[episode.lastLine],
                    file: "log", first: episode.firstLine, last: episode.lastLine)
                expected.append((episode.firstLine, text))
            }
        }
        let reference = expected.sorted { $0.0 < $1.0 }.map(\.1).joined()
        let (output, _) = try BatchTestSupport.run(text, options: BatchOptions(jobs: 2, chunkSize: 2048))
        #expect(output == reference)
    }

    @Test("several inputs: in the order given, lines counted per input")
    func inputs() throws {
        let batch = try BatchDiagnoser(diagnoser: BatchTestSupport.diagnoser, options: BatchOptions(jobs: 2))
        let sink = BatchClosureSink()
        let one = "12 d mini red on\n12.2 d mini red off\n"
        let summary = try batch.run([.text("# b\n" + one, name: "b"), .text(one, name: "a")], output: sink)
        #expect(summary.files == 2)
        #expect(summary.episodes == 2)
        let records = JSONLines.objects(sink.text)
        #expect(records.map { ($0["source"] as? [String: Any])?["file"] as? String } == ["b", "a"])
        #expect(records.map { (($0["source"] as? [String: Any])?["lines"] as? [Int]) ?? [] } == [[2, 3], [1, 2]])
    }

    @Test("text and CSV output")
    func formats() throws {
        let text = "12 d mini red on\n12.2 d mini red off\njunk\n"
        let (csv, _) = try BatchTestSupport.run(text, options: BatchOptions(outputFormat: .csv))
        let rows = csv.split(separator: "\n")
        #expect(rows.first == "device,model,start,end,file,first_line,last_line,cause,confidence,fix,canonical,error")
        #expect(rows.count == 3)
        #expect(rows.last == ",,,,log,3,3,,,,,\"expected TIME DEVICE [MODEL] COLOR on|off, found 1 field\"")
        let (human, _) = try BatchTestSupport.run(text, options: BatchOptions(outputFormat: .text))
        // Text shows every time as ISO-8601 UTC (#17): seconds 12 and 12.2 are instants of 1970-01-01.
        #expect(human.hasPrefix("log:1-2  d  mini  1970-01-01T00:00:12.000Z – 1970-01-01T00:00:12.200Z\n"))
        #expect(human.hasSuffix("log:3: error: expected TIME DEVICE [MODEL] COLOR on|off, found 1 field\n"))
    }
}
