import LEDCore
import PCRE2
import TestSupport
import Testing

@testable import LEDEngine

/// Six built-in rules were rewritten to cost time linear in the events (docs/reliability.md, F3 and
/// the growth check of F4). Their matches must not change: the same observations, the same spans
/// (the span sets the specificity factor, so the scores too). Each old pattern, expanded as it was,
/// runs here with a match limit high enough never to trip, against the new rule.
@Suite("Rewritten built-in rules match exactly where the old patterns did")
struct RuleRewriteTests {
    static let oldPatterns: [(rule: String, pattern: String)] = [
        // the look-ahead since "ending: matters": a blinking blue ends the events
        (
            "reset-red-then-blinking-blue",
            #"^(?=(?:[^ ]*+ )*+blue:blink:(?![^ &]*noblink)[^ &]*+$)(?!.*(?:(?<![^ &])blue-red:(?:alt|blink):|"#
                + #"(?<![^ &])blue:blink:[^ &]*&red:blink:|(?<![^ &])red:blink:[^ ]* blue:blink:[^ ]* red:blink:|"#
                + #"(?<![^ &])blue:blink:[^ ]* red:blink:[^ ]* blue:blink:)).*(?<![^ &])red:(?:blink|"#
                + #"solid):[^ ]*(?: [^ ]+)*? blue:blink:(?![^ &]*noblink)[^ ]*"#
        ),
        (
            "mini-reset-red-then-green-and-blue",
            #"(?:(?:(?<![^ &]))red:(?:blink|solid):[^ ]*(?: [^ ]+)*? )(?:blue-green:|green:|"#
                + #"blue:[^ &]*&green:)[^ ]*"#
        ),
        (
            "reset-red-then-solid-green-or-blue",
            #"(?:(?:(?<![^ &]))red:(?:blink|solid):[^ ]*(?: [^ ]+)*? )(?:blue|green|blue-green):solid:[^ ]*"#
        ),
        (
            "sync-module-reset-blinking-blue-solid-green-ready",
            #"(?:(?:(?:(?<![^ &]))blue:blink:[^ &]*&green:solid:)|"#
                + #"(?:(?<![^ &]))blue:blink:[^ ]* (?:[^ ]+ )*?green:solid:)[^ ]*"#
        ),
        // since #14: a green LED said to be off (`&green:off`) is not beside the blue one
        (
            "sync-module-reset-red-then-blinking-blue",
            #"(?:(?<![^ &]))red:(?:solid|"#
                + #"blink):[^ ]* (?:[^ ]+ )*?(?:(?:(?<![^ &]))blue:blink:(?![^ &]*noblink))"#
                + #"(?:[^ &]*+(?!&green:(?!off:)))"#
        ),
        // since 2026-12-05: blue and green both lit ("blue solid, green off" is the blue alone)
        (
            "sync-module-green-and-blue-after-power-cycle",
            #"(?:(?:(?<![^ &]))blue-green:(?!off:)|(?:(?<![^ &]))blue:(?!off:)[^ &]*&green:(?!off:)|"#
                + #"(?:(?<![^ &]))green:(?!off:)[^ ]* (?:[^ ]+ )*?blue:(?!off:)|"#
                + #"(?:(?<![^ &]))blue:(?!off:)[^ ]* (?:[^ ]+ )*?green:(?!off:))[^ ]*"#
        ),
    ]

    /// Subjects: every example observation of the catalog, 4 000 random short ones dense in red, blue,
    /// green, blue-green and blue-red events (flashing, lit, by turns, some `noblink`, some concurrent),
    /// and long ones (mixed, one colour only, red→blue cycles).
    static let subjects: [String] = {
        var subjects = CatalogLinter.probes(HardeningSupport.diagnoser).map(\.canonical)
        var random = SplitMix64(seed: 0x5EED)
        let colors = ["red", "blue", "blue", "green", "green", "blue-green", "blue-red"]
        let kinds = ["blink", "blink", "solid", "solid", "alt"]
        func pick(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        for _ in 0..<4_000 {
            var steps: [String] = []
            for _ in 0..<(1 + pick(10)) {
                let count = pick(10) < 7 ? 1 : 2 + pick(2)
                let events = (0..<count).map { _ in
                    "\(colors[pick(colors.count)]):\(kinds[pick(kinds.count)]):\(pick(2) == 0 ? "_" : "1"):_:_:_:"
                        + "\(pick(4) == 0 ? "noblink" : "_")"
                }
                steps.append(events.joined(separator: "&"))
            }
            subjects.append("dev=mini ctx=- : " + steps.joined(separator: " "))
        }
        subjects.append(HardeningSupport.longObservation(steps: 2_000).canonical)
        for color in [LEDColor.red, .blue, .green] {
            subjects.append(Observation(steps: CatalogLinter.oneColorSteps(color, 500)).canonical)
        }
        let cycle = " red:solid:_:_:seconds=5:_:_ green:solid:_:_:_:_:_ blue:blink:3:fast:_:_:_"
        subjects.append("dev=mini ctx=- :" + String(repeating: cycle, count: 300) + " red:blink:_:_:_:_:_")
        return subjects
    }()

    @Test(arguments: oldPatterns.map(\.rule), [true, false])
    func sameMatches(rule id: String, jit: Bool) throws {
        let old = try #require(Self.oldPatterns.first { $0.rule == id }).pattern
        let before = try CompiledPattern(
            old, limits: MatchLimits(matchLimit: 1_000_000_000, depthLimit: 1_000_000), useJIT: jit)
        let catalog = try Catalog.builtin(jit: jit)
        let rule = try #require(catalog.rules.first { $0.id == id })
        var matched = 0
        for subject in Self.subjects {
            let expected = try before.firstMatch(in: subject)?.range
            let actual = try rule.compiled.firstMatch(in: subject)?.range
            #expect(actual == expected, "\(subject.prefix(300))")
            if expected != nil { matched += 1 }
        }
        #expect(matched > 50, "the subjects exercise the rule: \(matched) matches")
    }
}
