import Foundation
import TestSupport
import Testing

@testable import LEDEngine

/// #15, item 1: the literals a pattern requires, read from its syntax.
@Suite("Required literals")
struct RequiredLiteralsTests {
    static func literals(_ pattern: String) -> [String]? {
        switch RequiredLiterals(pattern: pattern) {
        case .always: nil
        case .anyOf(let literals): literals.map { String(decoding: $0, as: UTF8.self) }
        }
    }

    static let table: [(pattern: String, literals: [String]?)] = [
        ("red:blink:6", ["red:blink:6"]),
        ("^[^:]*: blue:solid:[^: ]*", [": blue:solid:"]),
        ("(?:red|blue):blink", ["blue:blink", "red:blink"]),
        (
            "(?:red|amber|blue|green|white|violet|cyan|pink|grey|black|brown|gold|teal|navy|lime|rose|ruby):blink",
            [":blink"]
        ),
        ("red:(?:blink|solid):[^ ]*", ["red:blink:", "red:solid:"]),
        ("x*red:blink", ["red:blink"]),
        ("(?:red:blink)?green", ["green"]),
        ("(?:red:blink)+", ["red:blink"]),
        ("(?:red:blink){2,}", ["red:blink"]),
        ("(?:red:blink){0,3}", nil),
        ("^(?!.*blue:blink).*red:solid", ["red:solid"]),
        ("^(?=.*after-reset).*", ["after-reset"]),
        ("red:blink|.*", nil),
        ("red:[ &]blink", ["red: blink", "red:&blink"]),
        ("\\Qred:blink\\E", ["red:blink"]),
        ("red\\:blink", ["red:blink"]),
        ("(?i)red:blink", nil),
        ("(?x) red : blink", nil),
        ("(?s)red:blink", ["red:blink"]),
        ("red(*ACCEPT):blink", nil),
        ("red:blink(*COMMIT)", ["red:blink"]),
        ("(?(R)a|b)", nil),
        ("ab", nil),
        ("(red:blink", nil),
        ("red:blink)", nil),
        ("\\x72ed:blink", ["red:blink"]),
        ("é?red", ["red"]),
        ("(?<name>red):\\k<name>", ["red:"]),
    ]

    @Test("patterns and what they require", arguments: table)
    func extraction(pattern: String, expected: [String]?) {
        #expect(Self.literals(pattern) == expected, "\(pattern)")
    }

    @Test("every built-in rule that names a colour has literals, and each rule's examples contain one when they match")
    func builtinCatalog() throws {
        let catalog = try Catalog.builtin()
        var always: [String] = []
        for rule in catalog.rules {
            let requirement = RequiredLiterals(pattern: rule.resolvedPattern)
            guard case .anyOf(let literals) = requirement else {
                always.append(rule.id)
                continue
            }
            let diagnoser = Diagnoser(catalog: catalog)
            for example in rule.matchExamples {
                let observation = try diagnoser.read(example.text, device: example.device)
                let canonical = Array(observation.canonical.utf8)
                let found = literals.contains { literal in
                    canonical.indices.contains { canonical[$0...].starts(with: literal) }
                }
                #expect(found, "rule \(rule.id): \(observation.canonical) has none of its literals")
            }
        }
        #expect(always.count * 4 < catalog.rules.count, "always run: \(always)")
    }
}
