package import Foundation

/// Files the tests read from the source tree, found from this file's place in it
/// (`Tests/TestSupport/TestPaths.swift`), so that they do not depend on where the tests run.
package enum TestPaths {
    /// The repository's root folder (README.md, Patterns/, Samples/, docs/).
    package static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures`: the golden files and the labelled tables.
    package static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

    /// `Tests/Fixtures/Golden`: expected outputs, checked with `GoldenFile`.
    package static let golden = fixtures.appendingPathComponent("Golden")

    /// `Tests/Fixtures/Accuracy`: the project's own labelled tables (voices, phrase families).
    package static let accuracy = fixtures.appendingPathComponent("Accuracy")

    /// The labelled development corpus beside the repository (`../shared/corpus/observations.tsv`); it
    /// may be missing, and the tests that read it skip or fall back then.
    package static let corpus = repository.appendingPathComponent("../shared/corpus/observations.tsv")
        .standardizedFileURL

    /// A new empty temporary folder; the caller removes it.
    package static func temporaryFolder(prefix: String = "leddiag-tests") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
