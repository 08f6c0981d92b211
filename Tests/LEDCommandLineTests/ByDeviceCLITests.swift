import Foundation
import TestSupport
import Testing

/// `leddiag batch --by-device` as a person runs it: which devices need attention.
@Suite("batch --by-device end to end")
struct ByDeviceCLITests {
    @Test("on a generated fleet log, --by-device names exactly the devices whose latest episode is low battery")
    func lowBatteryLast() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fleet = GeneratedLog.fleet(seed: 42, devices: 60, episodesPerDevice: 5) { $0 % 5 == 1 || $0 % 4 == 0 }
        let log = folder.appendingPathComponent("fleet.log")
        try Data(fleet.text.utf8).write(to: log)
        let summary = folder.appendingPathComponent("summary.json")

        let run = try LEDDiagCLI.run(["batch", "--by-device", "--format", "jsonl", "--summary", summary.path, log.path])
        #expect(run.status == 0, "\(run.stderr)")
        let records = JSONLines.objects(run.stdout)
        #expect(records.count == 60)
        let named = records.filter { ($0["latest"] as? [String: Any])?["cause"] as? String == "low-battery" }
            .compactMap { $0["device"] as? String }
        #expect(Set(named) == fleet.lowBatteryLast)
        #expect(named.count == 24)
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: summary)) as? [String: Any]
        #expect((written?["deviceCauses"] as? [String: Int])?["low-battery"] == 24)

        let table = try LEDDiagCLI.run(["batch", "--by-device", "--format", "text", "--quiet", log.path])
        #expect(table.stdout.hasPrefix("needs attention: "), "\(table.stdout)")
        let attention = table.stdout.components(separatedBy: "\n\n").first ?? ""
        for name in fleet.lowBatteryLast { #expect(attention.contains("\n  \(name) "), "\(name)") }
    }

    @Test("docs/json-output.md's device record is what --by-device writes for porch")
    func documentedRecord() throws {
        let doc = try DocumentationOutputTests.text("docs/json-output.md")
        let shown = try #require(
            DocumentationOutputTests.block(in: doc, language: "json", startingWith: "{\n  \"device\""))
        let sample = "Samples/batch/fleet.plain.log"
        let input = try DocumentationOutputTests.text(sample)
        // From standard input under the sample's name: the record names the file as the docs' command does.
        let run = try LEDDiagCLI.run(
            ["batch", "--by-device", "--format", "jsonl", "--quiet", "--stdin-name", sample], input: input)
        #expect(run.status == 3, "the sample has one bad line")
        let porch = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix(#"{"device":"porch""#) })
        let documented = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? NSDictionary
        let printed = try JSONSerialization.jsonObject(with: Data(porch.utf8)) as? NSDictionary
        #expect(documented != nil && documented == printed)
    }

    @Test("--episodes without --by-device, and --by-device --episodes as csv, are usage errors")
    func usage() throws {
        let sample = TestPaths.repository.appendingPathComponent("Samples/batch/fleet.plain.log").path
        let lone = try LEDDiagCLI.run(["batch", "--episodes", sample])
        #expect(lone.status == 2)
        #expect(lone.stderr.contains("--episodes goes with --by-device"))
        let csv = try LEDDiagCLI.run(["batch", "--by-device", "--episodes", "--format", "csv", sample])
        #expect(csv.status == 2)
        #expect(csv.stderr.contains("different columns"))
    }
}
