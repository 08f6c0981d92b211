import Foundation
import Testing

@testable import LEDDiagnostics
import PCRE2

/// A catalog of one's own (`--patterns`) with catastrophic rules never hangs or crashes a diagnosis
/// or a batch: the limit trips, that rule is skipped with a warning naming it, every other rule still
/// counts, and `patterns lint` flags the rule ahead of time.
@Suite("Hostile patterns: a rule that trips a limit is skipped with a warning")
struct HostilePatternDiagnosisTests {
    /// Patterns that trip a PCRE2 limit on a long canonical string, on both engines.
    static let hostile: [(id: String, pattern: String)] = [
        ("hostile-nested-class", "^dev=(?:(?:[a-z0-9:_ &=./?,-]+)+)+[!#]$"),
        ("hostile-dot-star-star", "(?:.*)*x"),
        ("hostile-tokens", "^(?:(?:\\S+\\s?)*)*[!#]"),
    ]

    static let long = HardeningSupport.longObservation(steps: 400)

    @Test(arguments: hostile.map(\.id), [true, false])
    func skippedWithAWarning(rule id: String, jit: Bool) throws {
        let rule = try #require(Self.hostile.first { $0.id == id })
        let diagnoser = try HardeningSupport.diagnoser(adding: HardeningSupport.hostileCatalogFile([rule]), jit: jit)
        let plain = Diagnoser(catalog: try Catalog.builtin(jit: jit))
        // The limit is what ends the match: its typed error, not a duration, is what must show.
        let diagnosis = diagnoser.diagnose(Self.long)
        #expect(diagnosis.warnings == ["rule \"\(id)\" skipped: match limit exceeded (too much backtracking)"])
        // Every other rule still counts: the ranking is what the built-in catalog alone gives.
        let alone = plain.diagnose(Self.long)
        #expect(diagnosis.causes.map(\.id) == alone.causes.map(\.id))
        #expect(diagnosis.causes.map(\.confidence) == alone.causes.map(\.confidence))
        // `explain`'s view: the rule's outcome is `skipped` with the typed error.
        let outcome = try #require(diagnoser.evaluate(Self.long).first { $0.rule.id == id })
        guard case .skipped(.matchLimitExceeded) = outcome.verdict else {
            Issue.record("expected skipped(matchLimitExceeded), got \(outcome.verdict)")
            return
        }
    }

    @Test("the hostile rule's own short example still works: the white solid branch matches first")
    func shortInputsStillMatch() throws {
        let diagnoser = try HardeningSupport.diagnoser(adding: HardeningSupport.hostileCatalogFile(Self.hostile), jit: false)
        let diagnosis = try diagnoser.diagnose("dev=? ctx=- : white:solid:_:_:_:_:_")
        #expect(diagnosis.topCause?.id == "hostile-cause")
        #expect(CatalogExampleRunner(diagnoser: diagnoser).run().filter { $0.location.file == "hostile.yaml" }.isEmpty)
    }

    @Test("a batch with a hostile catalog finishes; each episode's record names the skipped rule")
    func batch() throws {
        let diagnoser = try HardeningSupport.diagnoser(adding: HardeningSupport.hostileCatalogFile([Self.hostile[1]]), jit: true)
        let batch = try BatchDiagnoser(diagnoser: diagnoser, options: BatchOptions(jobs: 2))
        let log = BatchTestSupport.generatedLog(seed: 11, devices: 6, episodesPerDevice: 2)
        let (output, summary) = try batch.run(text: log, name: "log")
        #expect(summary.isConsistent)
        #expect(summary.episodes > 0)
        let records = BatchTestSupport.records(output).filter { $0["error"] == nil }
        #expect(records.count == summary.episodes)
        // `(?:.*)*x` trips on any subject without an "x" long enough to backtrack on.
        let warned = records.filter { ($0["warnings"] as? [String])?.contains { $0.hasPrefix("rule \"hostile-dot-star-star\" skipped: ") } == true }
        #expect(warned.count == records.count)
        // In jsonl each record names the rule; the summary (stderr) and the text and csv formats do not.
        withKnownIssue("the batch summary does not count skipped rules: with --format text or csv they are invisible (finding F9)") {
            #expect(summary.warnings.contains { $0.contains("hostile-dot-star-star") }, "\(summary.warnings)")
        }
    }

    @Test("patterns lint flags each hostile rule before it is used")
    func lintFlagsIt() throws {
        let file = HardeningSupport.hostileCatalogFile(Self.hostile)
        let findings = CatalogLinter().lint(Catalog.builtinFiles + [file], reportingOn: [file.name])
        for rule in Self.hostile {
            let flagged = findings.filter { ($0.check == .limit || $0.check == .slow) && $0.message.contains("\"\(rule.id)\"") }
            #expect(!flagged.isEmpty, "lint does not flag \(rule.id): \(findings.map(\.description))")
        }
    }

    @Test("the diagnosis JSON carries the warning")
    func jsonCarriesTheWarning() throws {
        let diagnoser = try HardeningSupport.diagnoser(adding: HardeningSupport.hostileCatalogFile([Self.hostile[0]]), jit: true)
        let json = diagnoser.diagnose(Self.long).json()
        #expect(json.contains(#""warnings":["rule \"hostile-nested-class\" skipped: match limit exceeded (too much backtracking)"]"#))
    }

    @Test("the built-in catalog on a 400-step episode: no rule trips a limit (what lint's stress test covers)")
    func builtinOnALongEpisode() {
        for jit in [true, false] {
            let diagnoser = jit ? HardeningSupport.diagnoser : Diagnoser(catalog: (try? Catalog.builtin(jit: false)) ?? HardeningSupport.diagnoser.catalog)
            #expect(diagnoser.diagnose(Self.long).warnings.isEmpty)
        }
    }

    @Test("FINDING: a built-in rule trips the match limit on a 1 600-step episode (skipped with a warning)")
    func builtinOnAVeryLongEpisode() throws {
        // `reset-red-then-blinking-blue` = `^(?!…).*{{rs-red-then}}blue:blink:…` where rs-red-then ends in
        // `(?: [^ ]+)*? `: for every red event, a lazy scan over all later events. It trips the match limit
        // at about 1 600 steps (interpreter) or 6 400 (JIT) — the guarantee holds (skipped, named), but
        // lint's 300-step stress subject does not see it.
        let diagnoser = Diagnoser(catalog: try Catalog.builtin(jit: false))
        let diagnosis = diagnoser.diagnose(HardeningSupport.longObservation(steps: 1_600, contexts: [.afterReset]))
        #expect(diagnosis.warnings.allSatisfy { $0.hasPrefix("rule \"") && $0.contains("\" skipped: ") })
        withKnownIssue("reset-red-then-blinking-blue is quadratic in the number of events; see docs/reliability.md (finding F3)") {
            #expect(diagnosis.warnings.isEmpty, "\(diagnosis.warnings)")
        }
    }
}
