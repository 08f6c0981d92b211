import Foundation
import TestSupport
import Testing

@testable import LEDBatch

/// The logs in `Samples/batch/` and their expected JSON lines. Regenerate the expected files with
/// `LEDDIAG_UPDATE_GOLDEN=1 swift test --filter BatchGolden` after checking the change is right.
@Suite("Batch: golden samples")
struct BatchGoldenTests {
    /// `Samples/batch` in the repository.
    static let folder = TestPaths.repository.appendingPathComponent("Samples/batch")

    /// Each sample and its format.
    static let samples: [(String, BatchInputFormat)] = [
        ("fleet.plain.log", .plain), ("fleet.logfmt.log", .logfmt), ("fleet.csv", .csv), ("fleet.jsonl", .jsonl),
        ("fleet.typed.log", .typed),
    ]

    @Test("each sample gives its expected records", arguments: samples.map(\.0))
    func golden(file: String) throws {
        let url = Self.folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        // Named as `leddiag batch Samples/batch/FILE` run from the repository names it.
        let (output, summary) = try BatchTestSupport.run(text, name: "Samples/batch/" + file)
        let expectedURL = Self.folder.appendingPathComponent(Self.expectedName(file))
        try GoldenFile.check(
            output, file: expectedURL,
            hint: """
                The records embed the catalog's diagnoses: after a deliberate catalog or engine change, \
                regenerate with LEDDIAG_UPDATE_GOLDEN=1 swift test --filter BatchGolden and review the diff.
                """)
        #expect(summary.isConsistent)
        #expect(summary.rejected >= 1, "each sample has a bad line")
        #expect(summary.episodes >= 4)
        let records = JSONLines.objects(output)
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
            let records = JSONLines.objects(output).filter { $0["error"] == nil }
            shapes.append(
                records.map { "\($0["device"] ?? "") \($0["model"] ?? "") \($0["canonical"] ?? "")" }.sorted())
        }
        #expect(shapes.count == 4)
        for shape in shapes.dropFirst() { #expect(shape == shapes[0]) }
    }
}
