import Foundation
import LEDCore
import TestSupport
import Testing

@testable import LEDEngine

/// `leddiag evaluate`: facts patterns, the labelled-observation reader, the counts of a small
/// evaluation, and the command end to end. The evaluation uses a catalog of its own and canonical
/// observations, so that its exact counts do not move with the built-in catalog or the text parser.
@Suite("Evaluation: labelled observations")
struct EvaluationTests {
    // MARK: Facts patterns

    struct FactsCase: CustomTestStringConvertible, Sendable {
        var pattern: String
        var canonical: String
        var matches: Bool
        var testDescription: String { "\(pattern) ~ \(canonical) → \(matches)" }
    }

    static let factsCases: [FactsCase] = [
        // Wildcards: `_` matches any value, never the other way round.
        FactsCase(
            pattern: "ctx=- : red:blink:6:_:_:_:_", canonical: "dev=xt ctx=- : red:blink:6:fast:brief=2.3:0.2/0.22:_",
            matches: true),
        FactsCase(
            pattern: "ctx=- : red:blink:6:_:_:_:_", canonical: "dev=? ctx=- : red:blink:5:_:_:_:_", matches: false),
        FactsCase(
            pattern: "ctx=- : red:blink:6:fast:_:_:_", canonical: "dev=? ctx=- : red:blink:6:_:_:_:_", matches: false),
        FactsCase(
            pattern: "ctx=- : red:blink:5-6:_:_:_:_", canonical: "dev=? ctx=- : red:blink:5-6:slow:_:_:_", matches: true
        ),
        FactsCase(
            pattern: "ctx=- : red:blink:5-6:_:_:_:_", canonical: "dev=? ctx=- : red:blink:6:_:_:_:_", matches: false),
        FactsCase(
            pattern: "ctx=- : blue:solid:_:_:_:_:_", canonical: "dev=mini ctx=- : blue:solid:_:_:_:_:noblink",
            matches: true),
        FactsCase(
            pattern: "ctx=- : blue:solid:_:_:_:_:noblink", canonical: "dev=mini ctx=- : blue:solid:_:_:_:_:_",
            matches: false),
        FactsCase(pattern: "ctx=- : red:blink", canonical: "dev=? ctx=- : red:blink:few:_:_:_:ongoing", matches: true),
        FactsCase(pattern: "ctx=- : red:blink", canonical: "dev=? ctx=- : red:solid", matches: false),
        FactsCase(pattern: "ctx=- : red:blink", canonical: "dev=? ctx=- : blue-red:alt", matches: false),
        // Duration buckets: a bare bucket matches it with or without seconds; seconds must be equal.
        FactsCase(
            pattern: "ctx=- : red:blink:_:_:minutes:_:_",
            canonical: "dev=? ctx=- : red:blink:240:medium:minutes=180:0.45/0.45:_", matches: true),
        FactsCase(
            pattern: "ctx=- : red:blink:_:_:minutes:_:_", canonical: "dev=? ctx=- : red:blink:_:_:minutes:_:_",
            matches: true),
        FactsCase(
            pattern: "ctx=- : red:blink:_:_:minutes:_:_", canonical: "dev=? ctx=- : red:blink:_:_:minute:_:_",
            matches: false),
        FactsCase(
            pattern: "ctx=- : red:blink:_:_:minute:_:_", canonical: "dev=? ctx=- : red:blink:_:_:minutes=180:_:_",
            matches: false),
        FactsCase(
            pattern: "ctx=- : red:blink:_:_:minutes:_:_", canonical: "dev=? ctx=- : red:blink:_:_:hours=7200:_:_",
            matches: false),
        FactsCase(
            pattern: "ctx=- : red:blink:_:_:minutes:_:_", canonical: "dev=? ctx=- : red:blink:_:_:_:_:_", matches: false
        ),
        FactsCase(
            pattern: "ctx=setup : red:blink:_:_:seconds=30:_:_",
            canonical: "dev=? ctx=setup : red:blink:_:_:seconds=30:_:_", matches: true),
        FactsCase(
            pattern: "ctx=setup : red:blink:_:_:seconds=30:_:_",
            canonical: "dev=? ctx=setup : red:blink:_:_:seconds=12:_:_", matches: false),
        FactsCase(
            pattern: "ctx=setup : red:blink:_:_:seconds=30:_:_",
            canonical: "dev=? ctx=setup : red:blink:_:_:seconds:_:_", matches: false),
        // Concurrency and order: the same steps, the same events in each.
        FactsCase(
            pattern: "ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_",
            canonical: "dev=sync-module-2 ctx=- : blue:blink:_:slow:_:_:_&green:solid",
            matches: true),
        FactsCase(
            pattern: "ctx=- : green:solid&blue:blink", canonical: "dev=? ctx=- : blue:blink&green:solid",
            matches: true),
        FactsCase(
            pattern: "ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_",
            canonical: "dev=? ctx=- : blue:blink green:solid", matches: false),
        FactsCase(
            pattern: "ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_", canonical: "dev=? ctx=- : blue:blink",
            matches: false),
        FactsCase(pattern: "ctx=- : blue:blink", canonical: "dev=? ctx=- : blue:blink&green:solid", matches: false),
        FactsCase(
            pattern: "ctx=- : blue:solid red:blink", canonical: "dev=? ctx=- : red:blink blue:solid", matches: false),
        FactsCase(
            pattern: "ctx=- : blue:solid red:blink", canonical: "dev=? ctx=- : blue:solid red:blink none:off",
            matches: false),
        // Contexts: equal as sets.
        FactsCase(pattern: "ctx=setup : red:blink", canonical: "dev=? ctx=- : red:blink", matches: false),
        FactsCase(pattern: "ctx=- : red:blink", canonical: "dev=? ctx=setup : red:blink", matches: false),
        FactsCase(
            pattern: "ctx=setup : red:blink", canonical: "dev=? ctx=after-reset,setup : red:blink", matches: false),
        FactsCase(
            pattern: "ctx=after-reset,setup : red:blink", canonical: "dev=mini ctx=after-reset,setup : red:blink",
            matches: true),
        // The empty pattern: no events, and no context unless it names one.
        FactsCase(pattern: "ctx=- :", canonical: "dev=? ctx=- :", matches: true),
        FactsCase(pattern: "ctx=- :", canonical: "dev=? ctx=- : red:blink", matches: false),
        FactsCase(pattern: "ctx=- :", canonical: "dev=? ctx=setup :", matches: false),
        FactsCase(pattern: "ctx=holding-reset :", canonical: "dev=? ctx=holding-reset :", matches: true),
        FactsCase(pattern: "ctx=holding-reset : none:off", canonical: "dev=? ctx=holding-reset :", matches: false),
    ]

    @Test("facts patterns match field by field", arguments: factsCases)
    func factsMatching(_ testCase: FactsCase) throws {
        let facts = try FactsPattern(testCase.pattern)
        let observation = try CanonicalReader.observation(from: testCase.canonical)
        #expect(facts.matches(observation) == testCase.matches)
    }

    @Test("a facts pattern is kept in canonical form; trailing fields may be left out")
    func factsText() throws {
        #expect(try FactsPattern("ctx=- : red:blink:6").text == "ctx=- : red:blink:6:_:_:_:_")
        #expect(
            try FactsPattern("ctx=setup,after-reset : green:solid&blue:blink").text
                == "ctx=after-reset,setup : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_")
        let empty = try FactsPattern("ctx=- :")
        #expect(empty.isEmpty && empty.contexts.isEmpty && empty.text == "ctx=- :")
        #expect(try FactsPattern("ctx=- : red:blink").steps == [["red:blink:_:_:_:_:_"]])
    }

    @Test(
        "a facts pattern that is not canonical is an error at its byte offset",
        arguments: [
            ("dev=? ctx=- : red:blink", 0, "without the dev= part"),
            ("ctx=bogus : red:blink", 4, "unknown context \"bogus\""),
            ("ctx=- : purple:flash", 15, "unknown kind \"flash\""),
            ("ctx=- : red:blink:6:_:_:_:_:_", 28, "seven fields"),
            ("ctx=- red:blink", 5, "expected \" :\""),
        ])
    func factsErrors(_ text: String, _ offset: Int, _ message: String) {
        #expect {
            try FactsPattern(text)
        } throws: { error in
            guard let error = error as? CanonicalSyntaxError else { return false }
            return error.offset == offset && error.message.contains(message) && error.input == text
        }
    }

    // MARK: Reading labelled files

    @Test("rows: comments, blank lines, CR LF, a byte-order mark, missing and empty optional columns")
    func readRows() throws {
        let text =
            "\u{FEFF}# device\tobservation\texpected\tpattern\ttag\r\n"
            + "\r\n"
            + "outdoor-4\tred x6 after blue\tlow-battery\tctx=- : blue:solid red:blink:6\tplain\r\n"
            + "   \t \n"
            + "-\tflashing red\tnetwork-offline|spurious-error\n"
            + "mini\tsolid purple\t-\t\tunknown-colour\n"
            + "# a comment between rows\n"
            + "xt2\tthe app says offline \t network-offline \tctx=app-offline :\t\n"
            + "doorbell\tblinking red\tpairing-mode\t\t\t\n"
        let rows = try LabelledObservationReader.read(text, file: "labels.tsv")
        #expect(rows.count == 5)
        guard rows.count == 5 else { return }
        #expect(
            rows[0]
                == LabelledObservation(
                    device: "outdoor-4", text: "red x6 after blue", expectedCauses: ["low-battery"],
                    facts: try FactsPattern("ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"), tag: "plain",
                    location: .init(file: "labels.tsv", line: 3)))
        #expect(rows[1].device == nil && rows[1].expectedCauses == ["network-offline", "spurious-error"])
        #expect(rows[1].facts == nil && rows[1].tag == nil && rows[1].location.line == 5)
        #expect(
            rows[2].expectedCauses.isEmpty && rows[2].expectedLabel == "-" && rows[2].facts == nil
                && rows[2].tag == "unknown-colour")
        #expect(rows[3].text == "the app says offline" && rows[3].expectedCauses == ["network-offline"])
        #expect(
            rows[3].facts?.text == "ctx=app-offline :" && rows[3].tag == nil
                && rows[3].location.description == "labels.tsv:8")
        #expect(rows[4].device == "doorbell" && rows[4].facts == nil && rows[4].tag == nil)
        #expect(try LabelledObservationReader.read("# only a header\n\n", file: "empty.tsv").isEmpty)
    }

    struct BadRow: CustomTestStringConvertible, Sendable {
        var text: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { text.replacingOccurrences(of: "\t", with: "→") }
    }

    static let badRows: [BadRow] = [
        BadRow(text: "# header\nmini\tsolid blue\n", line: 2, column: 16, message: "at least 3 TAB-separated columns"),
        BadRow(text: "mini solid blue online\n", line: 1, column: 23, message: "this one has 1"),
        BadRow(
            text: "mini\tsolid blue\tonline\tctx=- :\ttag\textra\n", line: 1, column: 36,
            message: "at most 5 TAB-separated columns"),
        BadRow(text: "\tsolid blue\tonline\n", line: 1, column: 1, message: "column 1 (device) is empty"),
        BadRow(text: "mini\t \tonline\n", line: 1, column: 6, message: "column 2 (observation) is empty"),
        BadRow(text: "mini\tsolid blue\t\n", line: 1, column: 17, message: "column 3 (expected causes) is empty"),
        BadRow(text: "mini\tsolid blue\tOnline\n", line: 1, column: 17, message: "\"Online\", not a cause id"),
        BadRow(text: "mini\tsolid blue\tonline||reset\n", line: 1, column: 24, message: "an empty cause id"),
        BadRow(text: "mini\tsolid blue\tonline| -\n", line: 1, column: 25, message: "- (no diagnosis) beside causes"),
        BadRow(
            text: "\n\nmini\tsolid blue\tonline\tctx=- : blue:shine\n", line: 3, column: 37,
            message: "column 4 (facts pattern): unknown kind \"shine\""),
        BadRow(
            text: "mini\tsolid blue\tonline\tdev=mini ctx=- :\n", line: 1, column: 24,
            message: "without the dev= part"),
        BadRow(
            text: "mini\tsolide blüe\tonline\tctx=- : blüe:solid\n", line: 1, column: 33,
            message: "unknown color \"blüe\""),
    ]

    @Test("a malformed row is an error naming file:line:column", arguments: badRows)
    func badRow(_ bad: BadRow) {
        #expect {
            try LabelledObservationReader.read(bad.text, file: "bad.tsv")
        } throws: { error in
            guard let error = error as? LabelledObservationError else { return false }
            return error.file == "bad.tsv" && error.line == bad.line && error.column == bad.column
                && error.message.contains(bad.message)
                && error.description.hasPrefix("bad.tsv:\(bad.line):\(bad.column): error: ")
        }
    }

    // MARK: A small evaluation, counted exactly

    static func smallReport() throws -> EvaluationReport {
        let diagnoser = Diagnoser(catalog: try CatalogLoader().load(EvaluationFixtures.catalogFiles))
        let rows = try LabelledObservationReader.read(EvaluationFixtures.labelled, file: "small.tsv")
        return Evaluation(diagnoser: diagnoser).run(rows)
    }

    @Test("a small evaluation: top-1, top-3, facts, per cause, confusion, tags and misses, exactly")
    func smallEvaluation() throws {
        let report = try Self.smallReport()
        #expect(report.rows == 8)
        #expect(report.results.map(\.top1Correct) == [true, true, false, true, false, true, false, false])
        #expect(report.results.map(\.top3Correct) == [true, true, true, true, false, true, false, false])
        #expect(report.results.map(\.factsCorrect) == [true, false, nil, true, true, true, false, nil])
        #expect((report.top1, report.top3, report.facts, report.factsRows) == (4, 5, 4, 6))
        #expect(report.top1Percent == 50 && report.factsPercent.map { abs($0 - 400.0 / 6) < 1e-9 } == true)
        #expect(report.misses.map(\.labelled.location.line) == [3, 4, 6, 8, 9])

        let lowBattery = try #require(report.causes["low-battery"])
        #expect(
            (lowBattery.support, lowBattery.predicted, lowBattery.correctlyPredicted, lowBattery.recalled) == (
                2, 2, 1, 1
            ))
        #expect(lowBattery.precision == 0.5 && lowBattery.recall == 0.5)
        let network = try #require(report.causes["network-offline"])
        #expect((network.support, network.predicted, network.correctlyPredicted, network.recalled) == (4, 2, 1, 1))
        #expect(network.precision == 0.5 && network.recall == 0.25)
        let none = try #require(report.causes["-"])
        #expect((none.support, none.predicted, none.correctlyPredicted, none.recalled) == (3, 4, 2, 2))
        #expect(report.causes.count == 3)

        #expect(
            report.confusion == [
                ConfusionPair(expected: "-", got: "network-offline", count: 1),
                ConfusionPair(expected: "low-battery|network-offline", got: "-", count: 1),
                ConfusionPair(expected: "network-offline", got: "-", count: 1),
                ConfusionPair(expected: "network-offline", got: "low-battery", count: 1),
            ])
        #expect(report.tags.count == 2)
        let burst = try #require(report.tags["burst"])
        #expect((burst.rows, burst.top1, burst.factsRows, burst.facts) == (3, 2, 2, 1))
        let quiet = try #require(report.tags["quiet"])
        #expect((quiet.rows, quiet.top1, quiet.factsRows, quiet.facts) == (2, 1, 2, 2))
        #expect(report.warnings.isEmpty)

        // What was read: the device column overrides the string's dev=; unreadable rows say why.
        #expect(report.results[0].canonical == "dev=cam ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_")
        #expect(report.results[0].causes.map(\.id) == ["low-battery", "network-offline"])
        #expect(report.results[5].observation == nil && report.results[5].canonical == nil)
        #expect(report.results[5].readError?.contains("unknown kind \"flash\"") == true)
        #expect(report.results[7].readError?.contains("unknown device \"nosuch\"") == true)
    }

    @Test("confusions count repeated pairs, most frequent first; unknown expected causes are warned about")
    func confusionOrderAndWarnings() throws {
        let diagnoser = Diagnoser(catalog: try CatalogLoader().load(EvaluationFixtures.catalogFiles))
        let rows = try LabelledObservationReader.read(
            """
            -\tdev=? ctx=- : green:solid\tlow-battery
            -\tdev=? ctx=- : red:blink\t-
            -\tdev=? ctx=- : green:solid\tlow-battery
            -\tdev=? ctx=- : green:solid\tmade-up
            -\tdev=? ctx=- : green:solid\tmade-up|low-battery
            """, file: "w.tsv")
        let report = Evaluation(diagnoser: diagnoser).run(rows)
        #expect(report.confusion.map(\.count) == [2, 1, 1, 1])
        #expect(report.confusion.first == ConfusionPair(expected: "low-battery", got: "-", count: 2))
        #expect(
            report.warnings == ["w.tsv:4: warning: expected cause \"made-up\" is not in the catalog (2 rows name it)"])
    }

    @Test("the text report: top-1, top-3 and facts lines, the tables, and each miss with what was read")
    func textReport() throws {
        let report = try Self.smallReport()
        let text = EvaluationTextRenderer().render(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Evaluation of 8 labelled observations (small.tsv)")
        #expect(lines.contains("top-1  4/8  50.0 %"))
        #expect(lines.contains("top-3  5/8  62.5 %"))
        #expect(lines.contains("facts  4/6  66.7 %  (of the rows that state facts)"))
        #expect(lines.contains("  network-offline        4         2     50.0 %  25.0 %"))
        #expect(lines.contains("  1  network-offline → low-battery"))
        #expect(lines.contains("  burst     3    2/3  66.7 %    1/2   50.0 %"))
        #expect(lines.contains("Misses (5 rows wrong on top-1 or facts)"))
        #expect(lines.contains("small.tsv:4: cam: dev=? ctx=- : blue:solid red:blink:6  [burst]"))
        #expect(lines.contains { $0.hasPrefix("  got       low-battery ") && $0.hasSuffix("← top-1 wrong") })
        #expect(lines.contains("  read      dev=cam ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"))
        #expect(lines.contains("  facts     ctx=- : red:blink:5:_:_:_:_   ← facts wrong"))
        #expect(lines.contains("  got       - (the text was not read)   ← top-1 wrong"))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        let short = EvaluationTextRenderer(misses: false).render(report)
        #expect(!short.contains("Misses") && !short.contains("small.tsv:4"))
    }

    @Test("the JSON report: counts, causes and tags by sorted key, misses with what was read")
    func jsonReport() throws {
        let report = try Self.smallReport()
        let json = report.json()
        #expect(
            json.hasPrefix(
                "{\"rows\":8,\"top1\":4,\"top3\":5,\"facts\":4,\"factsRows\":6,"
                    + "\"causes\":{\"-\":{\"precision\":0.5,\"recall\":0.6667,\"support\":3},"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "rows", "top1", "top3", "facts", "factsRows", "causes", "tags", "confusion", "warnings", "misses",
            ])
        let causes = try #require(object["causes"] as? [String: [String: Any]])
        #expect(
            causes["network-offline"]?["precision"] as? Double == 0.5
                && causes["network-offline"]?["recall"] as? Double == 0.25)
        let tags = try #require(object["tags"] as? [String: [String: Int]])
        #expect(tags["burst"] == ["rows": 3, "top1": 2, "facts": 1, "factsRows": 2])
        let misses = try #require(object["misses"] as? [[String: Any]])
        #expect(misses.map { $0["line"] as? Int } == [3, 4, 6, 8, 9])
        let third = try #require(misses.first { $0["line"] as? Int == 4 })
        #expect(third["file"] as? String == "small.tsv" && third["device"] as? String == "cam")
        #expect(
            (third["got"] as? [[String: Any]])?.map { $0["cause"] as? String } == ["low-battery", "network-offline"])
        #expect(third["top1"] as? Bool == false && third["factsCorrect"] is NSNull && third["facts"] is NSNull)
        let unreadable = try #require(misses.first { $0["line"] as? Int == 8 })
        #expect(unreadable["canonical"] is NSNull && (unreadable["error"] as? String)?.contains("unknown kind") == true)
        #expect(unreadable["facts"] as? String == "ctx=setup :" && unreadable["factsCorrect"] as? Bool == false)
        #expect(!report.json(misses: false).contains("\"misses\""))
    }
}
