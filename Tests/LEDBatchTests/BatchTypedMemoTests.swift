import Foundation
import LEDEngine
import TestSupport
import Testing

@testable import LEDBatch

/// A typed log's repeated lines are served from the shard's memo, their records from a template: the
/// records must be, byte for byte, what diagnosing and rendering each line afresh writes.
@Suite("Batch typed memo")
struct BatchTypedMemoTests {
    /// Typed observations with their models: the corpus's when it is there, else a few of every kind.
    static let observations: [(text: String, model: String?)] = {
        let fallback: [(String, String?)] = [
            ("red x6 after blue", "outdoor-4"), ("solid blue, no blink", nil), ("flashing red", "mini"),
            ("blinking blue slowly after reset", "outdoor-4"), ("solid red", "sync-module-2"),
            ("the cat knocked it over", nil), ("green and blue solid", "sync-module-xr"),
        ]
        guard let corpus = try? String(contentsOf: TestPaths.corpus, encoding: .utf8) else { return fallback }
        let rows = corpus.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap {
            row -> (String, String?)? in
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else { return nil }
            return (String(columns[1]), columns[0] == "-" ? nil : String(columns[0]))
        }
        return rows.isEmpty ? fallback : rows
    }()

    @Test(
        "a template's record is the record rendered from the diagnosis", arguments: ["cam", "c\"a\\m\u{1}", "κάμερα 7"])
    func templateBytes(device: String) throws {
        let diagnoser = BatchTestSupport.diagnoser
        let renderer = BatchRecordRenderer(format: .jsonl)
        var cache = BatchRecordRenderer.FixListCache()
        var causes = BatchRecordRenderer.CauseCache()
        var compared = 0
        var diagnosed = 0
        for (text, model) in Self.observations {
            guard let diagnosis = try? diagnoser.diagnose(text, device: model) else { continue }
            diagnosed += 1
            let template = BatchRecordRenderer.Template(diagnosis, fixLists: &cache, causes: &causes)
            for (start, end) in [("2026-11-20T08:00:00Z", "2026-11-20T08:00:00Z"), (nil, nil)] as [(String?, String?)] {
                let expected = renderer.episodeBytes(
                    diagnosis, device: device, model: model, start: start, end: end, file: "a \"log\"", first: 3,
                    last: 3, fixLists: &cache, causes: &causes)
                let record = template.record(
                    device: device, model: model, start: start, end: end, file: "a \"log\"", first: 3, last: 3)
                #expect(record == expected, "\(text)")
                compared += 1
            }
        }
        // Every observation that reads is compared twice; the corpus (or the fallback, when the corpus is
        // not beside the repository) has plenty that read.
        #expect(compared == 2 * diagnosed)
        #expect(diagnosed >= 6)
    }

    @Test(
        "a typed log with repeated lines gives each line the record it would get alone",
        arguments: [
            BatchOutputFormat.jsonl, .text, .csv,
        ])
    func repeatedLines(format: BatchOutputFormat) throws {
        let observations = Array(Self.observations.prefix(60))
        var log = ""
        var expected = ""
        let renderer = BatchRecordRenderer(format: format)
        var line = 0
        for round in 0..<3 {
            for (index, (text, model)) in observations.enumerated() {
                line += 1
                let device = "cam\(index)-\(round)"
                let time = "2026-11-20T08:\(String(format: "%02d", round)):00Z"
                log += model.map { "\(time) \(device) \($0): \(text)\n" } ?? "\(time) \(device): \(text)\n"
                // The same instant in seconds: text shows it as ISO-8601 to the millisecond (#17).
                let seconds = 1_795_161_600.0 + Double(round * 60)
                if let diagnosis = try? BatchTestSupport.diagnoser.diagnose(text, device: model) {
                    expected += renderer.episode(
                        diagnosis, device: device, model: model, start: time, end: time, file: "typed.log",
                        first: line, last: line, times: (seconds, seconds))
                } else {
                    expected += "<error \(line)>\n"  // a record of its own, as the batch's error record is
                }
            }
        }
        var options = BatchOptions(jobs: 2)
        options.inputFormat = .typed
        options.outputFormat = format
        let (output, _) = try BatchTestSupport.run(log, name: "typed.log", options: options)
        // Lines the reader refuses become error records; compare the rest record by record.
        let got = Self.records(output, format: format, header: format == .csv)
        let want = Self.records(expected, format: format, header: false)
        #expect(got.count == want.count)
        for (index, (a, b)) in zip(got, want).enumerated() where !b.hasPrefix("<error") {
            #expect(a == b, "record \(index + 1)")
        }
    }

    /// The records of `output`, one string each (text records span lines; a `header` line is dropped).
    static func records(_ output: String, format: BatchOutputFormat, header: Bool) -> [String] {
        switch format {
        case .jsonl, .csv:
            let lines = output.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            return header ? Array(lines.dropFirst()) : lines
        case .text:
            var records: [String] = []
            for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
                if line.hasPrefix(" "), !records.isEmpty {
                    records[records.count - 1] += "\n" + line
                } else {
                    records.append(String(line))
                }
            }
            return records
        }
    }

    @Test("the memo stays within its bounds however many distinct lines come")
    func bounded() {
        var memo = BatchDiagnoser.Shard.TypedMemo()
        let entry = BatchDiagnoser.Shard.TypedMemo.Entry(result: .failure(.unknownDevice("x", suggestion: nil)))
        for index in 0..<(BatchDiagnoser.Shard.TypedMemo.capacity * 2 + 5) {
            memo.store(entry, for: .init(model: nil, text: "line \(index)"))
            #expect(memo.count <= BatchDiagnoser.Shard.TypedMemo.capacity)
        }
        let long = String(repeating: "x", count: BatchDiagnoser.Shard.TypedMemo.byteBudget / 3)
        for index in 0..<10 {
            memo.store(entry, for: .init(model: nil, text: long + "\(index)"))
            #expect(memo.bytes <= BatchDiagnoser.Shard.TypedMemo.byteBudget)
        }
    }
}
