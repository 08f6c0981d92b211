import Foundation
import TestSupport
import Testing

@testable import LEDEngine

/// The built-in catalog against the labelled development corpus (`../shared/corpus/observations.tsv`,
/// beside the package): a ratchet. The floors are what the code measured when they were set, in rows;
/// work that reads more rows right raises them, and nothing may lower them. Skipped (not failed) when
/// the corpus is not there.
@Suite("Evaluation: the labelled corpus")
struct CorpusAccuracyTests {
    /// Rows whose top cause is right, at least (331 of 333 when set; 263 before the reading was reworked).
    static let top1Floor = 331
    /// Rows whose facts are read right, at least (330 of 333 when set; 214 before).
    static let factsFloor = 330

    /// `../shared/corpus/observations.tsv` from the package root.
    static let corpus = TestPaths.corpus

    static var corpusExists: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    @Test(
        "top-1 and facts on the corpus stay at or above their floors",
        .enabled(if: corpusExists, "../shared/corpus/observations.tsv is not there"))
    func corpusFloors() throws {
        let text = try String(contentsOf: Self.corpus, encoding: .utf8)
        let rows = try LabelledObservationReader.read(text, file: Self.corpus.path)
        #expect(!rows.isEmpty)
        let report = Evaluation(diagnoser: try Diagnoser.builtin()).run(rows)
        let measured =
            "top-1 \(report.top1)/\(report.rows), top-3 \(report.top3)/\(report.rows), "
            + "facts \(report.facts)/\(report.factsRows)"
        #expect(
            report.top1 >= Self.top1Floor,
            "top-1 fell below its floor of \(Self.top1Floor) rows: \(measured) (leddiag evaluate lists the misses)")
        #expect(
            report.facts >= Self.factsFloor,
            "facts fell below their floor of \(Self.factsFloor) rows: \(measured) (leddiag evaluate lists the misses)")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
    }
}
