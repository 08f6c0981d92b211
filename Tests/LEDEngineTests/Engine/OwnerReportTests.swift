import Foundation
import TestSupport
import Testing

@testable import LEDEngine

/// The owner's report (``OwnerReportRenderer``): plain words, one instruction per step, nothing of
/// the engine's inner workings.
@Suite struct OwnerReportTests {
    /// The diagnoses of every example of the built-in catalog's rules, on their devices.
    static func exampleDiagnoses() throws -> [Diagnosis] {
        let diagnoser = try Diagnoser.builtin()
        var seen: Set<String> = []
        return diagnoser.catalog.rules.flatMap(\.matchExamples).compactMap { example in
            guard seen.insert("\(example.device ?? "-") \(example.text)").inserted else { return nil }
            return try? diagnoser.diagnose(example.text, device: example.device)
        }
    }

    @Test(
        "on every example of the catalog: no ids, spans, sources or numbers of the ranking; the steps as instructions")
    func plainOnEveryExample() throws {
        let catalog = try Catalog.builtin()
        let renderer = OwnerReportRenderer(catalog: catalog)
        let diagnoses = try Self.exampleDiagnoses()
        #expect(diagnoses.count > 100)
        let ids = catalog.rules.map(\.id) + catalog.causes.map { "[\($0.id)]" } + catalog.fixes.map { "[\($0.id)]" }
        let sourceRefs = Set(catalog.fixes.flatMap(\.sources).map(\.ref) + catalog.rules.flatMap(\.sources).map(\.ref))
        for diagnosis in diagnoses {
            let report = renderer.render(diagnosis)
            // The first line repeats the observation as given, which may be a canonical string.
            let body = report.split(separator: "\n").dropFirst().joined(separator: "\n")
            for word in ids + sourceRefs + ["matched bytes", "dev=", "expected cost", "if reached", "score", "÷"] {
                #expect(!body.contains(word), "\(diagnosis.observation): \(word)")
            }
            for fix in diagnosis.fixes {
                for step in try #require(catalog.fix(fix.id)).fixSteps(for: diagnosis.device) {
                    let instruction = step.instruction.replacing(" (000)", with: "").replacing(" (001)", with: "")
                    #expect(report.contains("- \(instruction)"), "\(fix.id): \(instruction)")
                }
            }
            guard let top = diagnosis.topCause else { continue }
            #expect(body.contains("How sure: \(OwnerReportRenderer.likelihood(top.confidence)) — "))
            #expect(report.contains("What it is: \(top.title)"))
            #expect(report.contains("nothing is wrong") == (top.severity == .normal), "\(diagnosis.observation)")
        }
    }

    @Test("the steps where the sources differ: the instruction, marked, and once a note on --details")
    func sourcesDiffer() throws {
        let diagnoser = try Diagnoser.builtin()
        let diagnosis = try diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
        let report = OwnerReportRenderer(catalog: diagnoser.catalog).render(diagnosis)
        #expect(report.contains("     - Wait 30 seconds.  (sources differ)\n"))
        #expect(report.contains("     - Press and hold it for 15 seconds.  (sources differ)\n"))
        #expect(!report.contains("10 to 15"))
        #expect(report.components(separatedBy: "--details shows what each source says").count == 2)
        #expect(DiagnosisTextRenderer(catalog: diagnoser.catalog).render(diagnosis).contains("10 to 15 seconds"))
    }

    @Test("confidence in words: very likely from 80 %, likely from 50 %, unsure below")
    func likelihood() {
        #expect(OwnerReportRenderer.likelihood(0.795) == "very likely")
        #expect(OwnerReportRenderer.likelihood(0.61) == "likely")
        #expect(OwnerReportRenderer.likelihood(0.38) == "unsure")
        #expect(OwnerReportRenderer.percent(0.6127) == "61 %")
        #expect(OwnerReportRenderer.duration(0.5) == "under a minute")
        #expect(OwnerReportRenderer.duration(25) == "about 25 minutes")
    }

    @Test("no match: no diagnosis, the closest causes by title; a skipped rule is a check not finished")
    func noMatch() throws {
        let catalog = try Catalog.builtin()
        var diagnosis = Diagnosis(
            observation: "red x6", device: nil, canonical: "dev=? ctx=- : red:blink:6:_:_:_:_", events: [],
            causes: [], fixes: [], expectedCost: 0, question: nil,
            closest: ["a-rule", "b-rule"].map {
                NearMiss(rule: $0, cause: "firmware-frozen", reason: .device(["mini"]), span: 0..<5, canonicalLength: 9)
            }, warnings: ["something else"])
        let plain = OwnerReportRenderer(catalog: catalog).render(diagnosis)
        #expect(plain.contains("No diagnosis: leddiag does not know this pattern."))
        #expect(plain.contains("It comes closest to: The firmware may be frozen\n"))
        #expect(plain.hasSuffix("\n\nwarning: something else"))
        diagnosis.skippedRules = [Diagnosis.SkippedRule(rule: "slow-rule", error: .matchLimitExceeded)]
        diagnosis.warnings = diagnosis.skippedRules.map(\.warning)
        let skipped = OwnerReportRenderer(catalog: catalog).render(diagnosis)
        #expect(skipped.contains("but 1 of its checks could not be finished (see the warnings), so it may still be"))
        #expect(skipped.contains("warning: 1 of leddiag's checks could not be finished"))
        #expect(!skipped.contains("slow-rule") && !skipped.contains("does not know this pattern"))
    }

    @Test("a citation is removed from a step as String.replacing removes it")
    func citationRemoval() {
        let cases = [
            (" (001)", "Press the reset button (001) for 10 seconds (001)."), (" (001)", "No citation here."),
            (" (001)", " (001) (001)"), (" (a)", "Café (a) ünïcode (a)"), (" (001)", "x (001)\u{301} y"),
            (" (001)", ""),
        ]
        for (citation, text) in cases {
            #expect(OwnerReportRenderer.removing(citation, from: text) == text.replacing(citation, with: ""))
        }
    }
}
