import LEDBatch

@testable import LEDBatch
@testable import LEDCore
@testable import LEDEngine
@testable import LEDInput
@testable import LEDSupport

/// Helpers shared by the batch tests.
enum BatchTestSupport {
    /// The built-in diagnoser, built once.
    static let diagnoser: Diagnoser = {
        do {
            return try Diagnoser.builtin()
        } catch {
            preconditionFailure("the built-in catalog does not load: \(error)")
        }
    }()

    /// Runs a batch over `text` and returns its output text and summary.
    static func run(_ text: String, name: String = "log", options: BatchOptions = BatchOptions(jobs: 2)) throws -> (output: String, summary: BatchSummary) {
        let batch = try BatchDiagnoser(diagnoser: diagnoser, options: options)
        return try batch.run(text: text, name: name)
    }

    /// What the chunk parser made of one line.
    struct ParsedLine: Equatable, CustomStringConvertible {
        var device: String
        var model: String?
        var time: Double?
        var timeText: String?
        var color: LEDColor?
        var isOn: Bool?
        var text: String?

        var description: String {
            "\(device) \(model ?? "-") \(time.map { String($0) } ?? "-") \(timeText ?? "-") \(color?.rawValue ?? "-") \(isOn.map { $0 ? "on" : "off" } ?? "-") \(text ?? "")"
        }
    }

    /// Parses `text` as one chunk in `format` (detected when `nil`) and returns the usable lines, the
    /// errors (1-based line, message), the skipped count and the detected format.
    static func parse(_ text: String, format: BatchInputFormat? = nil) -> (lines: [ParsedLine], errors: [(Int, String)], skipped: Int, format: BatchInputFormat, total: Int) {
        let bytes = Array(text.utf8)
        let chunk = BatchDiagnoser.Chunk(capacity: max(64, bytes.count))
        chunk.reset(shardCount: 1)
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { chunk.base.update(from: base, count: buffer.count) }
        }
        chunk.count = bytes.count
        let detection = BatchDiagnoser.FormatDetector.detect(UnsafeBufferPointer(start: chunk.base, count: chunk.count), forced: format)
        chunk.format = detection.choice
        BatchDiagnoser.ChunkParser.parse(chunk, shardCount: 1)
        let base = UnsafePointer(chunk.base)
        func string(_ start: Int32, _ count: Int) -> String? {
            count > 0 ? String(decoding: UnsafeBufferPointer(start: base + Int(start), count: count), as: UTF8.self) : nil
        }
        let lines = chunk.shardLines.lines(ofShard: 0).map { line in
            ParsedLine(
                device: string(line.nameStart, Int(line.nameCount)) ?? "",
                model: string(line.modelStart, Int(line.modelCount)),
                time: line.time.isNaN ? nil : line.time,
                timeText: string(line.timeStart, Int(line.timeCount)),
                color: line.isObservation ? nil : BatchDiagnoser.ColorWord.colors[Int(line.color)],
                isOn: line.isObservation ? nil : line.isOn,
                text: line.isObservation ? string(line.textStart, Int(line.textCount)) : nil)
        }
        let errors = chunk.errors.map { (Int($0.lineIndex) + 1, $0.problem.message) }
        return (lines, errors, chunk.skipped, detection.format, chunk.lines)
    }

    /// The JSON objects of a JSONL output, one per line, as dictionaries.
    static func records(_ output: String) -> [[String: Any]] {
        output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
    }

    /// A generated interleaved log of `devices` devices (the benchmark generator's scenarios),
    /// deterministic for `seed`: plain format, ISO times, models named on every line.
    static func generatedLog(seed: UInt64, devices: Int, episodesPerDevice: Int) -> String {
        var rng = TimelineRNG(seed: seed)
        var entries: [(time: Double, device: Int, color: LEDColor, isOn: Bool)] = []
        let models = ["outdoor-4", "mini", "xt2", "sync-module-2", "indoor", "doorbell"]
        for device in 0..<devices {
            var clock = rng.uniform(0, 60)
            for _ in 0..<episodesPerDevice {
                let scenario = TimelineScenario.allCases[Int(rng.next() % UInt64(TimelineScenario.allCases.count))]
                let generated = scenario.generate(seed: rng.next()).transitions
                let offset = clock - (generated.first?.time ?? 0)
                for transition in generated {
                    entries.append((transition.time + offset, device, transition.color, transition.isOn))
                }
                clock = (generated.last?.time ?? 0) + offset + rng.uniform(15, 90)
            }
        }
        entries.sort { ($0.time, $0.device) < ($1.time, $1.device) }
        var text = "# generated: \(devices) devices\n"
        for entry in entries {
            let millis = Int((entry.time * 1000).rounded())
            let seconds = millis / 1000
            let time = "2026-11-20T\(pad(8 + seconds / 3600)):\(pad(seconds / 60 % 60)):\(pad(seconds % 60)).\(pad3(millis % 1000))Z"
            text += "\(time) dev-\(entry.device) \(models[entry.device % models.count]) \(entry.color.rawValue) \(entry.isOn ? "on" : "off")\n"
        }
        return text
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func pad3(_ value: Int) -> String { value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)" }
}

import Foundation
