import Foundation
import Testing
@testable import LEDBatch
@testable import LEDCore
@testable import LEDEngine
@testable import LEDInput
@testable import LEDSupport

/// The logs in `Samples/batch/` and their expected JSON lines. Regenerate the expected files with
/// `LEDDIAG_UPDATE_GOLDEN=1 swift test --filter BatchGolden` after checking the change is right.
@Suite("Batch: golden samples")
struct BatchGoldenTests {
    /// `Samples/batch`, found from this file: `../../Samples/batch`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/batch")

    /// Each sample and its format.
    static let samples: [(String, BatchInputFormat)] = [
        ("fleet.plain.log", .plain), ("fleet.logfmt.log", .logfmt), ("fleet.csv", .csv), ("fleet.jsonl", .jsonl),
        ("fleet.typed.log", .typed),
    ]

    static var updating: Bool { ProcessInfo.processInfo.environment["LEDDIAG_UPDATE_GOLDEN"] == "1" }

    @Test("each sample gives its expected records", arguments: samples.map(\.0))
    func golden(file: String) throws {
        let url = Self.folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        // Named as `leddiag batch Samples/batch/FILE` run from the repository names it.
        let (output, summary) = try BatchTestSupport.run(text, name: "Samples/batch/" + file)
        let expectedURL = Self.folder.appendingPathComponent(Self.expectedName(file))
        if Self.updating {
            try output.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        if output != expected {
            // Name the first record that differs rather than printing both files.
            let got = output.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let index = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            let show = { (lines: [Substring]) in index < lines.count ? String(lines[index].prefix(300)) : "(no record)" }
            Issue.record("""
                \(file): record \(index + 1) differs from \(expectedURL.lastPathComponent) (\(got.count) vs \(want.count) lines)
                got:      \(show(got))
                expected: \(show(want))
                The records embed the catalog's diagnoses: after a deliberate catalog or engine change, \
                regenerate with LEDDIAG_UPDATE_GOLDEN=1 swift test --filter BatchGolden and review the diff.
                """)
        }
        #expect(summary.isConsistent)
        #expect(summary.rejected >= 1, "each sample has a bad line")
        #expect(summary.episodes >= 4)
        let records = BatchTestSupport.records(output)
        #expect(records.count == output.split(separator: "\n").count, "every line is a JSON object")
        #expect(records.filter { $0["error"] != nil }.count == summary.rejected)
    }

    /// `fleet.plain.log` → `fleet.plain.expected.jsonl`; `fleet.csv` → `fleet.csv.expected.jsonl`.
    static func expectedName(_ file: String) -> String {
        let stem = file.hasSuffix(".log") ? String(file.dropLast(4)) : file
        return stem + ".expected.jsonl"
    }

    @Test("the four transition formats of the same fleet give the same episodes")
    func sameFleet() throws {
        var shapes: [[String]] = []
        for (file, format) in Self.samples where format != .typed {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
            let (output, _) = try BatchTestSupport.run(text)
            let records = BatchTestSupport.records(output).filter { $0["error"] == nil }
            shapes.append(records.map { "\($0["device"] ?? "") \($0["model"] ?? "") \($0["canonical"] ?? "")" }.sorted())
        }
        #expect(shapes.count == 4)
        for shape in shapes.dropFirst() { #expect(shape == shapes[0]) }
    }
}
