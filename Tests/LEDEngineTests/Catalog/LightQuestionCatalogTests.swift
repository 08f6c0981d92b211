import Foundation
import PCRE2
import TestSupport
import Testing

@testable import LEDEngine

/// The catalog's `light_questions` section: loading, its checks, and its examples run like the rules'.
@Suite struct LightQuestionCatalogTests {
    /// A valid question for the test camera of ``CatalogLoaderTests``: how many red blinks.
    static let question = """
        light_questions:
          - id: red-count
            question: "How many times did it flash red?"
            devices: [cam]
            when: '(?<![^ &])red:blink:_:([^ &]*)'
            answers:
              - {id: five-or-six, says: "five or six times", rewrite: 'red:blink:5-6:$1', prior: 0.4}
              - {id: keeps-going, says: "it keeps going", rewrite: 'red:blink:_:_:continuous:_:_'}
              - {id: not-sure, says: "I could not count"}
            sources: [{ref: guide.txt, tier: guide}]
            examples:
              answer:
                - {text: "dev=cam ctx=- : red:blink", answer: five-or-six,
                   gives: "dev=cam ctx=- : red:blink:5-6:_:_:_:_"}
              no_match:
                - {text: "dev=cam ctx=- : red:blink:6"}
        """

    private func load(_ questions: String) throws(CatalogError) -> Catalog {
        try CatalogLoader().load([
            CatalogFile(name: "devices.yaml", text: CatalogFixtures.testCamera),
            CatalogFile(name: "causes.yaml", text: CatalogLoaderTests.causesAndFixes),
            CatalogFile(name: "rules.yaml", text: CatalogLoaderTests.rules),
            CatalogFile(name: "questions.yaml", text: questions),
        ])
    }

    @Test("a valid question loads; answers without a prior share what the others leave")
    func loads() throws {
        let catalog = try load(Self.question)
        let question = try #require(catalog.lightQuestion("red-count"))
        #expect(question.choices.map(\.id) == ["five-or-six", "keeps-going", "not-sure"])
        #expect(question.choices.map(\.prior) == [0.4, 0.3, 0.3])
        #expect(question.choices[2].rewrite == nil)
    }

    @Test(
        "broken questions are load errors with file:line",
        arguments: [
            ("rewrite: 'red:blink:5-6:$1'", "rewrite: 'red:blink:5-6:$2'", "questions.yaml:7:", "rewrites with $2"),
            ("prior: 0.4}", "prior: 0.4}\n      - {id: five-or-six, says: again}", "questions.yaml:", "twice"),
            ("devices: [cam]", "devices: [camera]", "questions.yaml:4:", "unknown device \"camera\""),
            ("when: '(?<![^ &])red:blink:_:([^ &]*)'", "when: 'red:blink:[_'", "questions.yaml:5:", "invalid pattern"),
            ("prior: 0.4}", "prior: 0.9}\n      - {id: more, says: more, prior: 0.5}", "questions.yaml:", "sum to 1"),
        ])
    func broken(replace: String, with: String, location: String, message: String) throws {
        let text = Self.question.replacingOccurrences(of: replace, with: with)
        #expect(text != Self.question)
        do {
            _ = try load(text)
            Issue.record("loaded: \(text)")
        } catch {
            #expect(error.description.contains(location), "\(error.description)")
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test("a question needs two answers and both kinds of example")
    func needsAnswersAndExamples() throws {
        let one = Self.question.replacingOccurrences(
            of: "      - {id: keeps-going, says: \"it keeps going\", rewrite: 'red:blink:_:_:continuous:_:_'}\n"
                + "      - {id: not-sure, says: \"I could not count\"}\n", with: "")
        let noExamples = Self.question.replacingOccurrences(
            of: "\n      no_match:\n        - {text: \"dev=cam ctx=- : red:blink:6\"}", with: "")
        for (text, message) in [(one, "needs at least two answers"), (noExamples, "needs examples")] {
            #expect(text != Self.question)
            #expect(throws: CatalogError.self) { try load(text) }
            do { _ = try load(text) } catch { #expect(error.description.contains(message), "\(error.description)") }
        }
    }

    @Test("its examples run: a wrong 'gives' and an example it should not apply to fail with file:line")
    func examplesRun() throws {
        let good = Diagnoser(catalog: try load(Self.question))
        #expect(CatalogExampleRunner(diagnoser: good).run().isEmpty)
        let wrong = Self.question.replacingOccurrences(
            of: "gives: \"dev=cam ctx=- : red:blink:5-6:_:_:_:_\"",
            with: "gives: \"dev=cam ctx=- : red:blink:6:_:_:_:_\""
        ).replacingOccurrences(
            of: "{text: \"dev=cam ctx=- : red:blink:6\"}", with: "{text: \"dev=cam ctx=- : red:blink\"}")
        let failures = CatalogExampleRunner(diagnoser: Diagnoser(catalog: try load(wrong))).run()
        #expect(failures.count == 2)
        #expect(failures.allSatisfy { $0.description.contains("error: light question \"red-count\"") })
        #expect(failures.contains { $0.description.contains("should give dev=cam ctx=- : red:blink:6:_:_:_:_") })
        #expect(failures.contains { $0.description.contains("should not be asked about, but is") })
        #expect(failures.allSatisfy { $0.location.file == "questions.yaml" })
    }

    @Test("the built-in questions' examples all pass, and each question has both kinds")
    func builtin() throws {
        let diagnoser = try Diagnoser.builtin()
        let runner = CatalogExampleRunner(diagnoser: diagnoser)
        #expect(runner.lightExamples.count >= 8)
        #expect(runner.lightExamples.compactMap { runner.check($0.question, $0.example) }.isEmpty)
        for question in diagnoser.catalog.lightQuestions {
            #expect(question.examples.contains { $0.answer != nil } && question.examples.contains { $0.answer == nil })
            #expect(!question.sources.isEmpty)
        }
    }

    @Test("a rewrite expands $0, groups, $$ and leaves an unset group empty")
    func expand() throws {
        let pattern = try CompiledPattern("(a)(x)?(b)")
        let subject = Array("zab".utf8)
        let match = try #require(try subject.withUnsafeBufferPointer { try pattern.firstMatch(in: $0) })
        var out: [UInt8] = []
        LightQuestion.expand("[$0|$1|$2|$3|$$|$q|$", match: match, subject: subject, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "[ab|a||b|$|$q|$")
        #expect(LightQuestion.groups(in: "$1 $$2 $3") == [1, 3])
    }
}
