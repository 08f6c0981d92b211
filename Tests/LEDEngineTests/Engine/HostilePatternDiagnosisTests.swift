import Foundation
import LEDBatch
import LEDCore
import PCRE2
import TestSupport
import Testing

@testable import LEDEngine

/// A catalog of one's own (`--patterns`) with catastrophic rules never hangs or crashes a diagnosis
/// or a batch: the limit trips, that rule is skipped with a warning naming it, every other rule still
/// counts, and `patterns lint` flags the rule ahead of time.
@Suite("Hostile patterns: a rule that trips a limit is skipped with a warning")
struct HostilePatternDiagnosisTests {
    static let long = HardeningSupport.longObservation(steps: 400)

    @Test(arguments: HardeningSupport.hostilePatterns.map(\.id), [true, false])
    func skippedWithAWarning(rule id: String, jit: Bool) throws {
        let rule = try #require(HardeningSupport.hostilePatterns.first { $0.id == id })
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
        let diagnoser = try HardeningSupport.diagnoser(
            adding: HardeningSupport.hostileCatalogFile(HardeningSupport.hostilePatterns), jit: false)
        let diagnosis = try diagnoser.diagnose("dev=? ctx=- : white:solid:_:_:_:_:_")
        #expect(diagnosis.topCause?.id == "hostile-cause")
        #expect(CatalogExampleRunner(diagnoser: diagnoser).run().filter { $0.location.file == "hostile.yaml" }.isEmpty)
    }

    @Test(
        "a batch with a hostile catalog finishes; each record names the skipped rule, and the summary counts it",
        arguments: [BatchOutputFormat.jsonl, .text, .csv])
    func batch(format: BatchOutputFormat) throws {
        let diagnoser = try HardeningSupport.diagnoser(
            adding: HardeningSupport.hostileCatalogFile([HardeningSupport.hostilePatterns[1]]), jit: true)
        let log = GeneratedLog.interleaved(seed: 11, devices: 6, episodesPerDevice: 2)
        var summaries: [BatchSummary] = []
        for jobs in [1, 3] {
            let batch = try BatchDiagnoser(
                diagnoser: diagnoser,
                options: BatchOptions(outputFormat: format, jobs: jobs, chunkSize: jobs == 1 ? 2 << 20 : 256))
            let (output, summary) = try batch.run(text: log, name: "log")
            #expect(summary.isConsistent)
            #expect(summary.episodes > 0)
            if format == .jsonl {
                let records = JSONLines.objects(output).filter { $0["error"] == nil }
                #expect(records.count == summary.episodes)
                // `(?:.*)*x` trips on any subject without an "x" long enough to backtrack on.
                let warned = records.filter {
                    ($0["warnings"] as? [String])?.contains { $0.hasPrefix("rule \"hostile-dot-star-star\" skipped: ") }
                        == true
                }
                #expect(warned.count == records.count)
            }
            summaries.append(summary)
        }
        // Whatever the format (text and csv records do not carry warnings), the summary counts the
        // skipped rule — on stderr, in --summary's JSON and in the library's summary (finding F9, fixed) —
        // the same for 1 job and default chunks as for 3 jobs and tiny chunks.
        let summary = summaries[0]
        let expected =
            "rule \"hostile-dot-star-star\" skipped on \(summary.episodes) episodes: match limit exceeded (too much "
            + "backtracking)"
        #expect(summary.warnings == [expected])
        #expect(summary.skippedRules == ["hostile-dot-star-star": summary.episodes])
        #expect(summary.json.contains(#""warnings":["rule \"hostile-dot-star-star\" skipped on "#), "\(summary.json)")
        #expect(summaries[1].warnings == summary.warnings && summaries[1].skippedRules == summary.skippedRules)
    }

    @Test("patterns lint flags each hostile rule before it is used")
    func lintFlagsIt() throws {
        let file = HardeningSupport.hostileCatalogFile(HardeningSupport.hostilePatterns)
        let findings = CatalogLinter().lint(Catalog.builtinFiles + [file], reportingOn: [file.name])
        for rule in HardeningSupport.hostilePatterns {
            let flagged = findings.filter {
                ($0.check == .limit || $0.check == .slow) && $0.message.contains("\"\(rule.id)\"")
            }
            #expect(!flagged.isEmpty, "lint does not flag \(rule.id): \(findings.map(\.description))")
        }
    }

    @Test("the diagnosis JSON carries the warning")
    func jsonCarriesTheWarning() throws {
        let diagnoser = try HardeningSupport.diagnoser(
            adding: HardeningSupport.hostileCatalogFile([HardeningSupport.hostilePatterns[0]]), jit: true)
        let json = diagnoser.diagnose(Self.long).json()
        #expect(
            json.contains(
                #""warnings":["rule \"hostile-nested-class\" skipped: match limit exceeded (too much backtracking)"]"#))
    }

    @Test("a skipped rule is data on the diagnosis, and its warning is the same rule and reason in words")
    func skippedRulesAreData() throws {
        let file = HardeningSupport.hostileCatalogFile([HardeningSupport.hostilePatterns[0]])
        let diagnosis = try HardeningSupport.diagnoser(adding: file, jit: true).diagnose(Self.long)
        #expect(diagnosis.skippedRules.map(\.rule) == ["hostile-nested-class"])
        #expect(diagnosis.skippedRules.map(\.reason) == ["match limit exceeded (too much backtracking)"])
        #expect(diagnosis.warnings == diagnosis.skippedRules.map(\.warning))
        #expect(HardeningSupport.diagnoser.diagnose(Self.long).skippedRules.isEmpty)
    }

    @Test("no match with a skipped rule is not reported as 'no rule matched': the report names the rule")
    func skippedRuleIsNotNoMatch() {
        var diagnosis = Diagnosis(
            observation: "red x6", device: nil, canonical: "dev=- ctx=- : red:blink:6:_:_:_:_", events: [],
            causes: [], fixes: [], expectedCost: 0, question: nil, closest: [], warnings: [])
        #expect(DiagnosisTextRenderer().render(diagnosis).contains("No rule matched. leddiag has no diagnosis"))
        diagnosis.skippedRules = [Diagnosis.SkippedRule(rule: "slow-rule", error: .matchLimitExceeded)]
        diagnosis.warnings = diagnosis.skippedRules.map(\.warning)
        let text = DiagnosisTextRenderer().render(diagnosis)
        #expect(text.contains("No diagnosis. No rule matched, but 1 rule could not be tried (slow-rule"), "\(text)")
        #expect(!text.contains("has no diagnosis for this pattern"))
    }

    @Test("the built-in catalog on a 400-step episode: no rule trips a limit (what lint's stress test covers)")
    func builtinOnALongEpisode() {
        for jit in [true, false] {
            let diagnoser =
                jit
                ? HardeningSupport.diagnoser
                : Diagnoser(catalog: (try? Catalog.builtin(jit: false)) ?? HardeningSupport.diagnoser.catalog)
            #expect(diagnoser.diagnose(Self.long).warnings.isEmpty)
        }
    }

    /// Long episodes for the built-in catalog: the rig-like mix (after a reset, where F3 showed), and a
    /// light showing one colour for as many events as lint's growth check uses (where a rule waiting
    /// for another colour after this one keeps looking).
    struct LongEpisode: Sendable, CustomTestStringConvertible {
        var steps: Int
        var color: LEDColor?
        var jit: Bool
        var testDescription: String {
            "\(steps) steps of \(color.map { "\($0.rawValue) only" } ?? "mixed events"), \(jit ? "JIT" : "interpreter")"
        }

        var observation: Observation {
            guard let color else { return HardeningSupport.longObservation(steps: steps, contexts: [.afterReset]) }
            return Observation(device: "mini", steps: CatalogLinter.oneColorSteps(color, steps))
        }
    }

    static let longEpisodes: [LongEpisode] =
        [1_600, 6_400].flatMap { steps in [true, false].map { LongEpisode(steps: steps, jit: $0) } }
        + [LEDColor.red, .blue, .green].flatMap { color in
            [true, false].map { LongEpisode(steps: CatalogLinter.growthSteps.long, color: color, jit: $0) }
        }

    @Test("the built-in catalog on very long episodes: no rule trips a limit", arguments: longEpisodes)
    func builtinOnAVeryLongEpisode(_ episode: LongEpisode) throws {
        // `reset-red-then-blinking-blue` was `^(?!.*(?:…)).*{{rs-red-then}}blue:blink:…`: its lookahead cost
        // about eight match calls per byte and its `.*` rescanned from every red, so it tripped the match
        // limit at about 1 600 steps (interpreter) or 6 400 (JIT), or 300 red events in a row, and was
        // skipped (finding F3, fixed: the rewritten pattern skips whole events and commits to each first
        // red). Five more rules rescanned the events from every red, blue or green (quadratic on
        // one-colour episodes, found by lint's growth check): they commit to the first candidate now.
        let catalog = try Catalog.builtin(jit: episode.jit)
        let diagnosis = Diagnoser(catalog: catalog).diagnose(episode.observation)
        #expect(diagnosis.warnings.isEmpty, "\(diagnosis.warnings)")
    }

    @Test(
        """
        300 red events in a row: reset-red-then-blinking-blue is not skipped (the old pattern needed 2.8 million \
        steps there), and a blinking blue after them is read
        """,
        arguments: [true, false])
    func redRunThenBlinkingBlue(jit: Bool) throws {
        let diagnoser = Diagnoser(catalog: try Catalog.builtin(jit: jit))
        let reds = CatalogLinter.oneColorSteps(.red, 300)
        let alone = diagnoser.diagnose(Observation(device: "mini", steps: reds))
        #expect(alone.warnings.isEmpty, "\(alone.warnings)")
        let then = diagnoser.diagnose(
            Observation(device: "mini", steps: reds + [EventStep(LEDEvent(colors: [.blue], kind: .blink))]))
        #expect(then.warnings.isEmpty, "\(then.warnings)")
        #expect(then.causes.contains { $0.evidence.contains { $0.rule == "reset-red-then-blinking-blue" } })
    }

    @Test("lint flags a rule whose time grows with the square of the events, and none of the built-in rules")
    func lintFlagsGrowth() throws {
        // An unanchored "red, then purple later": from every red event it scans the rest of the events.
        let file = HardeningSupport.hostileCatalogFile([("hostile-rescan", "(?<![^ &])red:[^ ]* (?:[^ ]+ )*?purple:")])
        let findings = CatalogLinter().lint(Catalog.builtinFiles + [file])
        let growth = findings.filter { $0.check == .growth }
        #expect(growth.map(\.location.file) == ["hostile.yaml"], "\(growth.map(\.description))")
        #expect(growth.first?.message.hasPrefix("rule \"hostile-rescan\" takes ") == true)
        // Quadratic on every synthetic log with red events (which one grows steepest depends on timing).
        #expect(growth.first?.message.contains("on 2000 steps of ") == true, "\(growth.map(\.message))")
    }
}
