import Foundation
import LEDCore
import LEDEngine

@testable import LEDBatch

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
    static func run(
        _ text: String, name: String = "log", options: BatchOptions = BatchOptions(jobs: 2)
    ) throws -> (output: String, summary: BatchSummary) {
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
            "\(device) \(model ?? "-") \(time.map { String($0) } ?? "-") \(timeText ?? "-") \(color?.rawValue ?? "-") "
                + "\(isOn.map { $0 ? "on" : "off" } ?? "-") \(text ?? "")"
        }
    }

    /// Parses `text` as one chunk in `format` (detected when `nil`) and returns the usable lines, the
    /// errors (1-based line, message), the skipped count and the detected format.
    static func parse(
        _ text: String, format: BatchInputFormat? = nil
    ) -> (lines: [ParsedLine], errors: [(Int, String)], skipped: Int, format: BatchInputFormat, total: Int) {
        let bytes = Array(text.utf8)
        let chunk = BatchDiagnoser.Chunk(capacity: max(64, bytes.count))
        chunk.reset(shardCount: 1)
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { chunk.base.update(from: base, count: buffer.count) }
        }
        chunk.count = bytes.count
        let detection = BatchDiagnoser.FormatDetector.detect(
            UnsafeBufferPointer(start: chunk.base, count: chunk.count), forced: format)
        chunk.format = detection.choice
        BatchDiagnoser.ChunkParser.parse(chunk, shardCount: 1)
        let base = UnsafePointer(chunk.base)
        func string(_ start: Int32, _ count: Int) -> String? {
            count > 0
                ? String(decoding: UnsafeBufferPointer(start: base + Int(start), count: count), as: UTF8.self) : nil
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
}
