package import Foundation
package import Testing

/// Compares text with a golden file; with `LEDDIAG_UPDATE_GOLDEN=1` in the environment it writes the
/// file anew first (review the diff before committing it). A difference is reported at the caller,
/// with the first line that differs rather than both texts.
package enum GoldenFile {
    /// Whether this run writes golden files instead of only reading them.
    package static var updating: Bool { ProcessInfo.processInfo.environment["LEDDIAG_UPDATE_GOLDEN"] == "1" }

    /// Checks `text` against `Tests/Fixtures/Golden/<name>`.
    package static func check(
        _ text: String, against name: String, hint: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try check(text, file: TestPaths.golden.appendingPathComponent(name), hint: hint, sourceLocation: sourceLocation)
    }

    /// Checks `text` against the file at `file` (anywhere in the source tree); `hint` says how to
    /// regenerate it when that needs more than the environment variable.
    package static func check(
        _ text: String, file: URL, hint: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if updating {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        guard text != golden else { return }
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let index = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
        let show = { (lines: [Substring]) in index < lines.count ? String(lines[index].prefix(300)) : "(no line)" }
        let relative = file.standardizedFileURL.path.replacingOccurrences(
            of: TestPaths.repository.standardizedFileURL.path + "/", with: "")
        Issue.record(
            """
            differs from \(relative) at line \(index + 1) (\(got.count) vs \(want.count) lines)
            got:      \(show(got))
            expected: \(show(want))
            \(hint ?? "LEDDIAG_UPDATE_GOLDEN=1 writes it anew; review the diff")
            """, sourceLocation: sourceLocation)
    }
}
