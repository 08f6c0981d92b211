import Foundation
import LEDDiagnostics
import TestSupport
import Testing

/// `leddiag evaluate` run as a program: JSON keys, the --min-top1 and --min-facts floors, and a
/// malformed file.
@Suite("Evaluation: the command line", .serialized)
struct EvaluationCLITests {
    @Test("leddiag evaluate: JSON keys, exit 1 below --min-top1 / --min-facts, exit 2 for a malformed row")
    func evaluateCommand() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = folder.appendingPathComponent("catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        for file in EvaluationFixtures.catalogFiles {
            try file.text.write(
                to: catalog.appendingPathComponent(URL(fileURLWithPath: file.name).lastPathComponent), atomically: true,
                encoding: .utf8)
        }
        let labelled = folder.appendingPathComponent("small.tsv").path
        try EvaluationFixtures.labelled.write(toFile: labelled, atomically: true, encoding: .utf8)
        let own = ["--no-builtin", "--patterns", catalog.path]

        let json = try LEDDiagCLI.run(["evaluate", "--format", "json"] + own + [labelled])
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "rows", "top1", "top3", "facts", "factsRows", "causes", "tags", "confusion", "warnings", "misses",
            ])
        #expect(object["rows"] as? Int == 8 && object["top1"] as? Int == 4 && object["top3"] as? Int == 5)
        #expect(object["facts"] as? Int == 4 && object["factsRows"] as? Int == 6)
        let causeIDs = (object["causes"] as? [String: Any]).map { Set($0.keys) }
        #expect(causeIDs == ["-", "low-battery", "network-offline"])
        let noMisses = try LEDDiagCLI.run(["evaluate", "--format", "json", "--no-misses"] + own + [labelled])
        #expect(noMisses.status == 0 && !noMisses.stdout.contains("\"misses\""))

        // Top-1 is 4/8 = 50 %, facts 4/6 = 66.7 %.
        let atFloor = try LEDDiagCLI.run(["evaluate", "--min-top1", "50", "--min-facts", "66"] + own + [labelled])
        #expect(atFloor.status == 0, "stderr: \(atFloor.stderr)")
        #expect(atFloor.stdout.split(separator: "\n").contains("top-1  4/8  50.0 %"))
        let belowTop1 = try LEDDiagCLI.run(["evaluate", "--no-misses", "--min-top1", "50.1"] + own + [labelled])
        #expect(belowTop1.status == 1)
        #expect(belowTop1.stderr.contains("top-1 4/8 is below --min-top1 50.1 %"), "stderr: \(belowTop1.stderr)")
        let belowFacts = try LEDDiagCLI.run(["evaluate", "--no-misses", "--min-facts", "70"] + own + [labelled])
        #expect(belowFacts.status == 1 && belowFacts.stderr.contains("--min-facts 70"))
        let outOfRange = try LEDDiagCLI.run(["evaluate", "--min-top1", "101"] + own + [labelled])
        #expect(outOfRange.status == 2 && outOfRange.stderr.contains("0 to 100"))

        let bad = folder.appendingPathComponent("bad.tsv").path
        try "# header\nmini\tsolid blue\tonline\tctx=- : blue:shine\n".write(
            toFile: bad, atomically: true, encoding: .utf8)
        let malformed = try LEDDiagCLI.run(["evaluate"] + own + [labelled, bad])
        #expect(malformed.status == 2 && malformed.stdout.isEmpty)
        #expect(
            malformed.stderr.contains("bad.tsv:2:37: error: column 4 (facts pattern): unknown kind \"shine\""),
            "stderr: \(malformed.stderr)")
        let missing = try LEDDiagCLI.run(["evaluate", folder.appendingPathComponent("absent.tsv").path])
        #expect(missing.status == 2 && missing.stderr.contains("absent.tsv: cannot read the file"))
    }
}
