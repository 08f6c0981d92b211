import Foundation
import LEDEngine
import TestSupport
import Testing

@testable import LEDBatch

/// The `typed` batch format reads each description exactly as `leddiag diagnose` does: the same
/// reader, the same repairs, the same diagnosis — checked on the project's voice set.
@Suite struct BatchTypedReadingTests {
    @Test func typedLinesReadAsDiagnoseDoes() throws {
        let file = TestPaths.accuracy.appendingPathComponent("voices-tuning.tsv")
        let rows = try LabelledObservationReader.read(
            try String(contentsOf: file, encoding: .utf8), file: "voices-tuning.tsv")
        // One device per line, named by its model (a typed line is "[TIME] DEVICE [MODEL]: text").
        let readable = rows.filter { $0.device != nil && !$0.text.contains("\n") }
        var log = ""
        var expected: [String] = []
        for (index, row) in readable.enumerated() {
            guard let device = row.device,
                let diagnosis = try? BatchTestSupport.diagnoser.diagnose(row.text, device: device)
            else { continue }
            log += "2026-12-03T10:\(String(format: "%02d", index % 60)):00Z cam\(index) \(device): \(row.text)\n"
            expected.append(diagnosis.canonical)
        }
        try #require(expected.count > 100)
        let (output, _) = try BatchTestSupport.run(log, name: "typed.log")
        let records = output.split(separator: "\n").compactMap { line -> String? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return nil
            }
            return object["canonical"] as? String
        }
        #expect(records == expected)
    }
}
