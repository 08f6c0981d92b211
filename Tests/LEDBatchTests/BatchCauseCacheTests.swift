import Foundation
import LEDCore
import LEDEngine
import LEDSupport
import TestSupport
import Testing

@testable import LEDBatch

/// The batch writes each cause object's own members (id, title, severity, expect) and each evidence object's
/// rule parts (id, explanation, sources, and per score the factors) from pieces rendered once
/// (`BatchRecordRenderer.CauseCache`, ``RankedCause/Pieces``, ``Evidence/RulePieces``): the records must
/// be the bytes the plain encoder writes (`Diagnosis.json(extra:)`), and a cause or evidence whose parts
/// differ from the pieces' must not get them.
@Suite("Batch cause cache")
struct BatchCauseCacheTests {
    /// Generated rules on the built-in causes with what JSON must escape in their explanations, several
    /// sources, every tier and status, weights with decimals, numbered and named groups, and context filters.
    static func generatedRules(count: Int) -> String {
        let events = ["red:blink", "blue:blink", "green:solid", "blue:solid", "red:solid", "blue-green:blink"]
        let causes = ["low-battery", "network-offline", "pairing-mode", "motion-detected", "setup-failed"]
        let tiers = ["official", "guide"]
        let contexts = ObservationContext.allCases.map(\.rawValue)
        var lines = ["rules:"]
        for index in 0..<count {
            let event = events[index % events.count]
            let pattern =
                switch index % 3 {
                case 0: "(?<![^ &])\(event):[^ ]*"
                case 1: "(?<![^ &])(\(event)):([^: ]*):[^ ]*"
                default: "(?<![^ &])(?<light>\(event)):(?<count>[^: ]*):[^ ]*"
                }
            lines += [
                "  - id: evidence-\(index)", "    cause: \(causes[index % causes.count])",
                "    pattern: '\(pattern)'",
            ]
            if index % 5 == 1 { lines.append("    contexts: {excluded: [\(contexts[index % contexts.count])]}") }
            if index % 4 == 2 { lines.append("    devices: [outdoor-4, mini]") }
            lines += [
                "    weight: 0.\(31 + index % 57)",
                "    explanation: \"Rule \(index) says \\\"\(event)\\\" \\\\ means \\u00e9t\\u00e9 \\u2014 \\tthat.\"",
                "    sources: [{ref: \"src-\(index)\", tier: \(tiers[index % 2])},",
                "      {ref: \"x \\\"\(index)\\\"\", tier: guide}]",
                "    status: \(index % 2 == 0 ? "experimental" : "stable")",
                "    examples:", "      match: [{text: \"dev=mini ctx=- : \(event):3:_:_:_:_\"}]",
                "      no_match: [{text: \"dev=? ctx=- : purple:solid:_:_:_:_:_\"}]",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let diagnoser: Diagnoser = {
        do {
            let files = Catalog.builtinFiles + [CatalogFile(name: "evidence.yaml", text: generatedRules(count: 120))]
            return Diagnoser(catalog: try CatalogLoader().load(files))
        } catch {
            preconditionFailure("the generated catalog does not load: \(error)")
        }
    }()

    /// The record as the plain encoder writes it.
    static func plain(_ diagnosis: Diagnosis, device: String) -> [UInt8] {
        var record = diagnosis
        record.device = device
        let json = record.json { writer in
            BatchRecordRenderer.writeWhere(
                model: diagnosis.device, start: "1", end: "2", file: "f.log", first: 1, last: 2, to: &writer)
        }
        return Array((json + "\n").utf8)
    }

    static func record(_ diagnosis: Diagnosis, cache: inout BatchRecordRenderer.CauseCache) -> [UInt8] {
        var fixLists = BatchRecordRenderer.FixListCache()
        return BatchRecordRenderer(format: .jsonl).episodeBytes(
            diagnosis, device: "cam", model: diagnosis.device, start: "1", end: "2", file: "f.log", first: 1, last: 2,
            fixLists: &fixLists, causes: &cache)
    }

    /// Labelled observations kept in the repository (the corpus beside it may be missing, as on CI).
    static let observations: [(text: String, model: String?)] = {
        let tables = ["voices-tuning.tsv", "voices-batch15-tuning.tsv"]
        let rows = tables.flatMap { table -> [(String, String?)] in
            guard let text = try? String(contentsOf: TestPaths.accuracy.appendingPathComponent(table), encoding: .utf8)
            else { return [] }
            return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { row in
                let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 2 else { return nil }
                return (String(columns[1]), columns[0] == "-" ? nil : String(columns[0]))
            }
        }
        return rows + BatchTypedMemoTests.observations
    }()

    @Test("records written with the pieces are the plain encoder's bytes")
    func sameBytes() throws {
        var cache = BatchRecordRenderer.CauseCache()
        var evidence = 0
        var grouped = 0
        var generated = 0
        for (text, model) in Self.observations + Self.observations {
            guard let diagnosis = try? Self.diagnoser.diagnose(text, device: model) else { continue }
            #expect(Self.record(diagnosis, cache: &cache) == Self.plain(diagnosis, device: "cam"), "\(text)")
            for item in diagnosis.causes.flatMap(\.evidence) {
                evidence += 1
                if !item.groups.isEmpty { grouped += 1 }
                if item.rule.hasPrefix("evidence-") { generated += 1 }
            }
        }
        // Worth something only with many pieces of evidence, of the generated rules and with groups.
        #expect(evidence > 1_000)
        #expect(generated > 300)
        #expect(grouped > 100)
    }

    @Test("a cause or evidence whose parts differ from the cached pieces is written from its own values")
    func changedRuleParts() throws {
        let diagnosis = try Self.diagnoser.diagnose("red blinking 6 times", device: "outdoor-4")
        let cause = try #require(diagnosis.causes.firstIndex { !$0.evidence.isEmpty })
        var cache = BatchRecordRenderer.CauseCache()
        #expect(Self.record(diagnosis, cache: &cache) == Self.plain(diagnosis, device: "cam"))
        let changes: [(inout Evidence) -> Void] = [
            { $0.explanation += " Changed." },
            { $0.sources.append(SourceReference(ref: "another", tier: .official)) },
            { $0.sources[0].ref = "changed" },
            { $0.factors.weight += 0.01 },
            { $0.factors.tier = 0.5 },
            { $0.factors.status = 0.25 },
            { $0.factors.context = 0.75 },
            { $0.factors.device = 0.5 },
            { $0.factors.specificity = 0.125 },
            { $0.score = 0.3333 },
            { $0.span = [1, 2] },
            { $0.groups = ["1": "q\"uote", "name": "\u{1}"] },
        ]
        let causeChanges: [(inout RankedCause) -> Void] = [
            { $0.title += " changed" },
            { $0.expect = $0.expect == nil ? "Soon." : nil },
            { $0.severity = $0.severity == .fault ? .warning : .fault },
            { $0.confidence = 0.1234 },
            { $0.evidence.removeAll() },
        ]
        for (index, change) in causeChanges.enumerated() {
            var changed = diagnosis
            change(&changed.causes[cause])
            #expect(Self.record(changed, cache: &cache) == Self.plain(changed, device: "cam"), "cause change \(index)")
            #expect(Self.record(diagnosis, cache: &cache) == Self.plain(diagnosis, device: "cam"), "after \(index)")
        }
        for (index, change) in changes.enumerated() {
            var changed = diagnosis
            change(&changed.causes[cause].evidence[0])
            #expect(Self.record(changed, cache: &cache) == Self.plain(changed, device: "cam"), "change \(index)")
            // And the original again, after the changed one.
            #expect(Self.record(diagnosis, cache: &cache) == Self.plain(diagnosis, device: "cam"), "after \(index)")
        }
    }

    @Test("a full cache starts afresh and keeps writing the same bytes")
    func fullCache() throws {
        var cache = BatchRecordRenderer.CauseCache(capacity: 2)
        var compared = 0
        for (text, model) in Self.observations.prefix(120) {
            guard let diagnosis = try? Self.diagnoser.diagnose(text, device: model) else { continue }
            #expect(Self.record(diagnosis, cache: &cache) == Self.plain(diagnosis, device: "cam"), "\(text)")
            compared += 1
        }
        #expect(compared > 50)
    }
}
