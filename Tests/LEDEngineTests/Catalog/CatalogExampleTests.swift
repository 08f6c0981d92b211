import Testing

@testable import LEDEngine

/// Every rule's own examples, run as one parameterised test over the whole built-in catalog.
/// A failure names the example's `file:line:column`.
@Suite("Built-in catalog rule examples")
struct CatalogExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var device: String?
        var shouldMatch: Bool
        var location: CatalogLocation
        var testDescription: String { "\(location) \(shouldMatch ? "match" : "no_match") \(rule): \(text)" }
    }

    static let diagnoser: Diagnoser? = try? Diagnoser.builtin()

    static let cases: [Case] = {
        guard let diagnoser else { return [] }
        return CatalogExampleRunner(diagnoser: diagnoser).examples.map {
            Case(
                rule: $0.rule.id, text: $0.example.text, device: $0.example.device, shouldMatch: $0.shouldMatch,
                location: $0.example.location)
        }
    }()

    @Test("the built-in catalog has examples to run")
    func hasExamples() throws {
        _ = try Diagnoser.builtin()
        #expect(Self.cases.count >= 40)
    }

    @Test("each example behaves as declared", arguments: cases)
    func example(_ testCase: Case) throws {
        let diagnoser = try #require(Self.diagnoser)
        let rule = try #require(diagnoser.catalog.rule(testCase.rule))
        let example = try #require(
            (testCase.shouldMatch ? rule.matchExamples : rule.noMatchExamples).first {
                $0.location == testCase.location
            })
        let failure = CatalogExampleRunner(diagnoser: diagnoser).check(rule, example, shouldMatch: testCase.shouldMatch)
        #expect(failure == nil, "\(failure?.description ?? "")")
    }

    @Test("a deliberately wrong example is reported with its file and line")
    func wrongExample() throws {
        var files = Catalog.builtinFiles
        files.append(
            CatalogFile(
                name: "mine/rules.yaml",
                text: """
                    rules:
                      - id: my-wrong-rule
                        cause: low-battery
                        pattern: 'red:solid:'
                        weight: 0.5
                        explanation: A wrong rule.
                        sources: [{ref: mine.txt, tier: guide}]
                        status: experimental
                        examples:
                          match: [{text: "dev=? ctx=- : green:solid"}]
                          no_match: [{text: "dev=? ctx=- : red:solid"}]
                    """))
        let diagnoser = Diagnoser(catalog: try CatalogLoader().load(files))
        let failures = CatalogExampleRunner(diagnoser: diagnoser).run().filter { $0.rule == "my-wrong-rule" }
        #expect(failures.map(\.location.description) == ["mine/rules.yaml:10:15", "mine/rules.yaml:11:18"])
    }
}
