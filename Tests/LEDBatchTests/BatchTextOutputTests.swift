import Foundation
import TestSupport
import Testing

@testable import LEDBatch

/// Text records show every time in one style (ISO-8601 UTC to the millisecond, whatever the log wrote), may
/// be coloured, and error records in their own sink take that sink's format.
@Suite("Batch: text output, colour and the errors sink's format")
struct BatchTextOutputTests {
    @Test(
        "seconds since 1970 as ISO-8601 UTC to the millisecond",
        arguments: [
            (0, "1970-01-01T00:00:00.000Z"), (-1, "1969-12-31T23:59:59.000Z"),
            (1_795_161_601.038, "2026-11-20T08:00:01.038Z"), (951_782_400, "2000-02-29T00:00:00.000Z"),
            (4_102_444_799.9996, "2100-01-01T00:00:00.000Z"), (-0.0004, "1970-01-01T00:00:00.000Z"),
            (-86_400.5, "1969-12-30T23:59:59.500Z"), (99_999_999_999, "5138-11-16T09:46:39.000Z"),
            (-62_135_596_800, "0001-01-01T00:00:00.000Z"),
        ] as [(Double, String)])
    func isoTime(seconds: Double, expected: String) {
        #expect(BatchDiagnoser.ISOTime.text(seconds) == expected)
    }

    @Test("no text for a time that is not one", arguments: [Double.nan, .infinity, 1e11, -1e11])
    func notATime(seconds: Double) {
        #expect(BatchDiagnoser.ISOTime.text(seconds) == nil)
    }

    @Test("the four transition formats of the same fleet give the same text, epoch seconds and ISO alike")
    func oneTimeStyle() throws {
        var texts: [String] = []
        for (file, format) in BatchGoldenTests.samples where format != .typed {
            let text = try String(contentsOf: BatchGoldenTests.folder.appendingPathComponent(file), encoding: .utf8)
            let (output, _) = try BatchTestSupport.run(
                text, name: "fleet", options: BatchOptions(outputFormat: .text, jobs: 2))
            // Error lines differ by format (each says what is wrong with its own line); episodes must not.
            texts.append(output.split(separator: "\n").filter { !$0.contains(": error: ") }.joined(separator: "\n"))
        }
        #expect(texts.count == 4)
        #expect(texts[0].contains("porch  outdoor-4  2026-11-20T08:00:01.000Z – 2026-11-20T08:00:15.626Z"))
        for text in texts.dropFirst() { #expect(text == texts[0]) }
    }

    @Test("a typed observation's time is shown in the same style; one without a time shows ?")
    func typedTimes() throws {
        let log = "1795161601.5 porch outdoor-4: red x6\nporch outdoor-4: solid blue\n"
        let (output, _) = try BatchTestSupport.run(log, options: BatchOptions(outputFormat: .text, jobs: 1))
        #expect(output.contains("2026-11-20T08:00:01.500Z – 2026-11-20T08:00:01.500Z"))
        #expect(output.contains("  ? – ?"))
    }

    @Test("colour: text records only, the cause line by severity, errors red; never in JSON lines or CSV")
    func colour() throws {
        let log = try String(
            contentsOf: BatchGoldenTests.folder.appendingPathComponent("fleet.plain.log"), encoding: .utf8)
        let (plain, _) = try BatchTestSupport.run(log, options: BatchOptions(outputFormat: .text, jobs: 1))
        let (coloured, _) = try BatchTestSupport.run(
            log, options: BatchOptions(outputFormat: .text, jobs: 1, color: true))
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("  \u{1B}[33mlow-battery (0.5792): The batteries are low"), "a warning in yellow")
        #expect(coloured.contains(": \u{1B}[31merror:\u{1B}[0m invalid time"))
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9]+m", with: "", options: .regularExpression)
        #expect(stripped == plain)
        for format in [BatchOutputFormat.jsonl, .csv] {
            let (output, _) = try BatchTestSupport.run(log, options: BatchOptions(outputFormat: format, color: true))
            #expect(!output.contains("\u{1B}"), "\(format)")
        }
    }

    @Test("error records in their own sink take its format; among the episodes, the output's")
    func errorSinkFormat() throws {
        let log = try String(contentsOf: BatchGoldenTests.folder.appendingPathComponent("fleet.csv"), encoding: .utf8)
        let batch = try BatchDiagnoser(
            diagnoser: BatchTestSupport.diagnoser, options: BatchOptions(outputFormat: .csv, errorFormat: .jsonl))
        let (output, errors) = (BatchClosureSink(), BatchClosureSink())
        _ = try batch.run([.text(log, name: "fleet.csv")], output: output, errors: errors)
        #expect(
            errors.text == #"{"error":"expected 5 columns, found 3","source":{"file":"fleet.csv","line":28}}"# + "\n")
        #expect(output.text.hasPrefix(BatchRecordRenderer.csvColumns.joined(separator: ",") + "\n"))
        #expect(!output.text.contains("expected 5 columns"))
        // Without an errors sink the option changes nothing: errors are CSV rows among the episodes.
        let (inline, _) = try BatchTestSupport.run(
            log, name: "fleet.csv", options: BatchOptions(outputFormat: .csv, errorFormat: .jsonl))
        #expect(inline.contains(#",,,,fleet.csv,28,28,,,,,"expected 5 columns, found 3""#))
    }
}
