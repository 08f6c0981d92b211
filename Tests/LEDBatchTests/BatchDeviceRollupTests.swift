import Foundation
import TestSupport
import Testing

@testable import LEDBatch

/// `--by-device`: one record per device at the end, most urgent first, naming each device's latest episode.
@Suite("Batch: the roll-up by device")
struct BatchDeviceRollupTests {
    static func run(
        _ text: String, _ options: BatchOptions
    ) throws -> (output: String, summary: BatchSummary) {
        try BatchTestSupport.run(text, name: "fleet.log", options: options)
    }

    @Test("on a generated fleet, the devices whose latest episode is low battery are exactly those generated so")
    func lowBatteryLast() throws {
        let fleet = GeneratedLog.fleet(seed: 17, devices: 48, episodesPerDevice: 4) { $0 % 3 == 0 || $0 % 7 == 2 }
        #expect(fleet.lowBatteryLast.count == 21)
        for jobs in [1, 3] {
            let (output, summary) = try Self.run(fleet.text, BatchOptions(jobs: jobs, byDevice: true))
            let records = JSONLines.objects(output)
            #expect(records.count == 48, "one record per device, no episode records")
            let latest = records.map { ($0["device"] as? String ?? "", ($0["latest"] as? [String: Any])?["cause"]) }
            let named = Set(latest.filter { $0.1 as? String == "low-battery" }.map(\.0))
            #expect(named == fleet.lowBatteryLast)
            #expect(summary.deviceCauses?["low-battery"] == 21)
            #expect(summary.episodes == 48 * 4)
            #expect(records.reduce(0) { $0 + ($1["episodes"] as? Int ?? 0) } == summary.episodes)
        }
    }

    @Test("urgency order: faults, warnings, no match, normal; then how often the latest cause came; then the name")
    func urgencyOrder() throws {
        let fleet = GeneratedLog.fleet(seed: 5, devices: 30, episodesPerDevice: 5) { $0 % 2 == 0 }
        let (output, _) = try Self.run(fleet.text, BatchOptions(jobs: 2, byDevice: true))
        let rank: [String: Int] = ["fault": 0, "warning": 1, "normal": 3]
        let keys = JSONLines.objects(output).map { record -> (Int, Int, String) in
            let latest = record["latest"] as? [String: Any] ?? [:]
            let causes = record["causes"] as? [String: Int] ?? [:]
            let count = (latest["cause"] as? String).map { causes[$0] ?? 0 } ?? (record["unmatched"] as? Int ?? 0)
            return (rank[latest["severity"] as? String ?? ""] ?? 2, -count, record["device"] as? String ?? "")
        }
        #expect(keys.count == 30)
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }, "\(keys)")
        #expect(Set(keys.map(\.0)).count >= 2, "more than one kind of device")
    }

    @Test("the record: counts, first and last, the latest episode with its source, by hand on a small log")
    func record() throws {
        let log = """
            2026-11-20T08:00:00Z cam outdoor-4 red on
            2026-11-20T08:00:00.2Z cam outdoor-4 red off
            2026-11-20T08:01:00Z cam outdoor-4 blue on
            2026-11-20T08:01:12Z cam outdoor-4 blue off
            2026-11-20T08:01:12.2Z cam outdoor-4 red on
            2026-11-20T08:01:12.4Z cam outdoor-4 red off
            2026-11-20T08:01:12.6Z cam outdoor-4 red on
            2026-11-20T08:01:12.8Z cam outdoor-4 red off
            2026-11-20T08:01:13Z cam outdoor-4 red on
            2026-11-20T08:01:13.2Z cam outdoor-4 red off
            2026-11-20T08:01:13.4Z cam outdoor-4 red on
            2026-11-20T08:01:13.6Z cam outdoor-4 red off
            2026-11-20T08:01:13.8Z cam outdoor-4 red on
            2026-11-20T08:01:14Z cam outdoor-4 red off
            2026-11-20T08:01:14.2Z cam outdoor-4 red on
            2026-11-20T08:01:14.4Z cam outdoor-4 red off

            """
        let (episodes, _) = try Self.run(log, BatchOptions(jobs: 1))
        let episodeRecords = JSONLines.objects(episodes)
        #expect(episodeRecords.count == 2)
        let last = try #require(episodeRecords.last)
        let top = try #require((last["causes"] as? [[String: Any]])?.first)
        let fix = try #require((last["fixes"] as? [[String: Any]])?.first?["id"] as? String)
        let (output, summary) = try Self.run(log, BatchOptions(jobs: 1, byDevice: true))
        let record = try #require(JSONLines.objects(output).first)
        #expect(record["device"] as? String == "cam")
        #expect(record["model"] as? String == "outdoor-4")
        #expect(record["episodes"] as? Int == 2)
        #expect(record["first"] as? String == "2026-11-20T08:00:00Z")
        #expect(record["last"] as? String == "2026-11-20T08:01:14.4Z")
        let latest = try #require(record["latest"] as? [String: Any])
        #expect(latest["cause"] as? String == top["id"] as? String)
        #expect(latest["confidence"] as? Double == top["confidence"] as? Double)
        #expect(latest["start"] as? String == "2026-11-20T08:01:00Z")
        #expect(latest["fix"] as? String == fix)
        let source = try #require(latest["source"] as? [String: Any])
        #expect(source["file"] as? String == "fleet.log")
        #expect(source["lines"] as? [Int] == [3, 16])
        #expect(summary.deviceCauses == [top["id"] as? String ?? "": 1])
        #expect(summary.json.contains(#""deviceCauses":{"#))
    }

    @Test("--episodes keeps the episode records, the devices' after them; text is a table, needs attention first")
    func episodesAndText() throws {
        let fleet = GeneratedLog.fleet(seed: 9, devices: 12, episodesPerDevice: 3) { $0 < 4 }
        let (plain, _) = try Self.run(fleet.text, BatchOptions(jobs: 2))
        let (both, _) = try Self.run(fleet.text, BatchOptions(jobs: 2, byDevice: true, keepsEpisodes: true))
        let (devices, _) = try Self.run(fleet.text, BatchOptions(jobs: 2, byDevice: true))
        #expect(both == plain + devices)
        let (table, _) = try Self.run(fleet.text, BatchOptions(outputFormat: .text, jobs: 2, byDevice: true))
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("needs attention: ") == true, "\(table)")
        #expect(lines.dropFirst().first?.hasPrefix("  DEVICE ") == true)
        for name in fleet.lowBatteryLast.sorted() {
            let row = try #require(lines.first { $0.hasPrefix("  \(name) ") }, "\(name) in \(table)")
            #expect(row.contains(" low-battery "))
            #expect(lines.firstIndex(of: row) ?? 99 < (lines.firstIndex(of: "") ?? 0), "\(name) needs attention")
        }
        #expect(throws: BatchError.usage("episodes and devices cannot share one CSV (their columns differ)")) {
            _ = try BatchDiagnoser(
                diagnoser: BatchTestSupport.diagnoser,
                options: BatchOptions(outputFormat: .csv, byDevice: true, keepsEpisodes: true))
        }
        let (csv, _) = try Self.run(fleet.text, BatchOptions(outputFormat: .csv, jobs: 2, byDevice: true))
        let rows = csv.split(separator: "\n")
        #expect(rows.first.map(String.init) == BatchRecordRenderer.deviceCSVColumns.joined(separator: ","))
        #expect(rows.count == 13)
    }
}
