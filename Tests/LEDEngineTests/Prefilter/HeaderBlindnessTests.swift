import Foundation
import LEDCore
import TestSupport
import Testing

@testable import LEDEngine

/// #15: for a hypothetical "yes, CONTEXT", the question planner takes the header-blind rules' hits from the
/// base string (``StatedHits``: the base hits the contexts still let through, and the rules the stated
/// contexts filtered out, matched once) and matches on the stated string only the rules that may read the
/// header (``HeaderBlindness``). The classification is checked on patterns, and the shortcut against the
/// reference path (no prefilter: every rule matched on every stated string) on a
/// catalog where it matters — the built-in one plus generated rules with context filters, header-blind
/// and header-reading — over every labelled observation: the diagnoses are the same, byte for byte.
@Suite("Header-blind rules")
struct HeaderBlindnessTests {
    @Test(
        "which patterns may read the header",
        arguments: [
            ("(?<![^ &])red:blink:6:[^ ]*", false),
            ("^[^:]*: blue:solid:[^ &]*$", false),
            ("^[^:]*:(?: \\S+)* red:blink:[^: ]*:[^ ]*", false),
            ("red:blink:[^ ]* (?:[^ ]+ )*?blue:solid:[^ ]*", false),
            ("[^]^]red", false),
            ("[\\^]red", false),
            ("^dev=doorbell ctx=\\S+ :(?: [a-z-]+:off:[^ ]*)+$", true),
            ("^[^:]*: (?=.*ctx=)red", true),
            ("(?<=setup )red", true),
            ("(?<!x)red", true),
            ("\\Ared", true),
            ("\\Gred", true),
            ("red|^blue", true),
            ("[a]^red", true),
        ])
    func classifies(pattern: String, readsHeader: Bool) {
        #expect(HeaderBlindness.readsHeader(pattern) == readsHeader)
    }

    /// Generated rules on the built-in causes: events in the plain form a synthetic catalog uses, two
    /// thirds of them requiring or excluding contexts (one, two, or one and not another), every tenth
    /// reading the header.
    static func generatedRules(count: Int) -> String {
        let colors = ["red", "blue", "green", "blue-green"]
        let kinds = ["blink", "solid"]
        let causes = ["low-battery", "network-offline", "pairing-mode", "motion-detected", "setup-failed"]
        let contexts = ObservationContext.allCases.map(\.rawValue)
        var lines = ["rules:"]
        for index in 0..<count {
            let event = "\(colors[index % colors.count]):\(kinds[index / colors.count % kinds.count])"
            let context = contexts[index % contexts.count]
            let pattern =
                index % 10 == 9
                ? "^dev=\\S+ ctx=\\S*\\b\(context)\\b\\S* :.* \(event):[^ ]*" : "(?<![^ &])\(event):[^ ]*"
            lines += [
                "  - id: generated-\(index)", "    cause: \(causes[index % causes.count])",
                "    pattern: '\(pattern)'",
            ]
            // Also rules that need two contexts, or one and not another: a "yes" to one context lets the
            // first through only when the other is stated, the second only when the excluded one is not.
            let other = contexts[(index / 6 + 5) % contexts.count]
            switch index % 6 {
            case 1: lines.append("    contexts: {required: [\(context)]}")
            case 2 where other != context: lines.append("    contexts: {required: [\(context), \(other)]}")
            case 4: lines.append("    contexts: {excluded: [\(context)]}")
            case 5 where other != context:
                lines.append("    contexts: {required: [\(context)], excluded: [\(other)]}")
            default: break
            }
            lines += [
                "    weight: 0.\(3 + index % 6)", "    explanation: A generated rule.",
                "    sources: [{ref: generated, tier: guide}]", "    status: experimental",
                "    examples:", "      match: [{text: \"dev=? ctx=\(context) : \(event):_:_:_:_:_\"}]",
                "      no_match: [{text: \"dev=? ctx=- : purple:solid:_:_:_:_:_\"}]",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("with generated context-filtered rules, the planner's shortcut changes no diagnosis")
    func sameDiagnoses() throws {
        let files = Catalog.builtinFiles + [CatalogFile(name: "generated.yaml", text: Self.generatedRules(count: 240))]
        let catalog = try CatalogLoader().load(files)
        let shortcut = Diagnoser(catalog: catalog)
        let reference = Diagnoser(catalog: catalog, prefilter: false)
        // Worth something only when few rules are matched on each stated string: the header readers.
        #expect(shortcut.rules.headerReaders.count < catalog.rules.count / 5)
        var compared = 0
        var asked = 0
        for (text, device) in try PrefilterSoundnessTests.observations() {
            guard let observation = try? reference.read(text, device: device) else { continue }
            let expected = reference.diagnose(observation)
            let got = shortcut.diagnose(observation)
            #expect(got.json() == expected.json(), "\(text)")
            compared += 1
            if expected.question?.kind == .situation { asked += 1 }
        }
        #expect(compared > 1_000)
        // The comparison is worth something only where the planner weighed situation questions.
        #expect(asked > 100)
    }

    @Test("the built-in catalog's header-blind rules keep the contract: stating other contexts changes no example")
    func builtinKeepsTheContract() throws {
        let catalog = try #require(PrefilterSoundnessTests.catalog)
        let diagnoser = Diagnoser(catalog: catalog, prefilter: false)
        // The lint check that states the other contexts on every header-blind rule's examples.
        let findings = CatalogLinter().headerReaders(diagnoser)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        let checked = catalog.rules.filter { !HeaderBlindness.readsHeader($0.resolvedPattern) }
            .reduce(0) { $0 + $1.matchExamples.count + $1.noMatchExamples.count }
        #expect(checked > 20)
    }
}
