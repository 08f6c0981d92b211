import Foundation
import TestSupport
import Testing

/// The smaller batch options of #17: the `--errors` file's format follows its name, not `--format`;
/// `--color`; a negative `--gap` says what is wrong with it.
@Suite("batch: --errors format, --color, --gap")
struct BatchOptionsCLITests {
    static let csvSample = TestPaths.repository.appendingPathComponent("Samples/batch/fleet.csv").path

    @Test(
        "--errors FILE --format csv: JSON lines in a .jsonl (or unnamed) file, CSV in a .csv, text in a .txt",
        arguments: [
            ("bad.jsonl", #"{"error":"expected 5 columns, found 3","source":{"file":"SAMPLE","line":28}}"#),
            ("bad-lines", #"{"error":"expected 5 columns, found 3","source":{"file":"SAMPLE","line":28}}"#),
            (
                "bad.csv",
                "device,model,start,end,file,first_line,last_line,cause,confidence,fix,canonical,error\n"
                    + #",,,,SAMPLE,28,28,,,,,"expected 5 columns, found 3""#
            ),
            ("bad.TXT", "SAMPLE:28: error: expected 5 columns, found 3"),
        ])
    func errorsFileFormat(name: String, expected: String) throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = folder.appendingPathComponent(name)
        let result = try LEDDiagCLI.run([
            "batch", "--format", "csv", "--quiet", "--errors", errors.path, Self.csvSample,
        ])
        #expect(result.status == 3)
        #expect(result.stdout.hasPrefix("device,model,start,end,"))
        #expect(!result.stdout.contains("expected 5 columns"))
        let written = try String(contentsOf: errors, encoding: .utf8)
        #expect(written == expected.replacingOccurrences(of: "SAMPLE", with: Self.csvSample) + "\n")
    }

    @Test("--color always colours text records, --color never and NO_COLOR do not, jsonl never")
    func color() throws {
        let always = try LEDDiagCLI.run(["batch", "--format", "text", "--color", "always", Self.csvSample])
        #expect(always.stdout.contains("\u{1B}[1m\(Self.csvSample):3-69  porch  outdoor-4\u{1B}[0m"))
        #expect(always.stdout.contains("\u{1B}[31merror:\u{1B}[0m"))
        let never = try LEDDiagCLI.run(["batch", "--format", "text", "--color", "never", Self.csvSample])
        #expect(!never.stdout.contains("\u{1B}"))
        #expect(never.stdout.contains("porch  outdoor-4  2026-11-20T08:00:01.000Z – 2026-11-20T08:00:15.626Z"))
        let auto = try LEDDiagCLI.run(["batch", "--format", "text", Self.csvSample], environment: ["NO_COLOR": "1"])
        #expect(auto.stdout == never.stdout, "not a terminal, and NO_COLOR")
        let json = try LEDDiagCLI.run(["batch", "--format", "jsonl", "--color", "always", Self.csvSample])
        #expect(!json.stdout.contains("\u{1B}"))
        let bad = try LEDDiagCLI.run(["batch", "--color", "sometimes", Self.csvSample])
        #expect(bad.status == 2)
    }

    @Test(
        "--gap -1, 0 or nan says the gap must be positive, not that a value is missing", arguments: ["-1", "0", "nan"])
    func negativeGap(value: String) throws {
        let result = try LEDDiagCLI.run(["batch", "--gap", value, Self.csvSample])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--gap must be a positive number of seconds"), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"))
        #expect(result.stdout.isEmpty)
    }

    @Test("--jobs -2 says the range, not that a value is missing")
    func negativeJobs() throws {
        let result = try LEDDiagCLI.run(["batch", "--jobs", "-2", Self.csvSample])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--jobs must be between 1 and 256"), "\(result.stderr)")
    }
}
