import Foundation
import LEDDiagnostics

/// Remembers what checking a `--patterns` catalog's examples found, so that loading it again runs them
/// only when something changed: one file per checked catalog, named by a hash of leddiag's version and
/// every loaded file's name and text, in `$XDG_CACHE_HOME/leddiag/examples` (`~/.cache/leddiag/examples`
/// without it). The file is empty when every example passed; otherwise it holds the number of failing
/// examples and then their rules, one a line, so that the warning is given again without running them.
/// A cache that cannot be read or written only means the examples run again. The hash (FNV-1a, 128
/// bits) tells accidental changes apart; it is not a defence against someone who writes into the cache
/// directory.
struct ExampleCheckCache {
    /// What a check of a catalog's examples found.
    struct Outcome: Equatable {
        /// How many examples failed (0: all passed).
        var failures: Int
        /// The rules whose examples failed, each once, in catalog order.
        var rules: [String]

        /// Every example passed.
        static let passed = Outcome(failures: 0, rules: [])
    }

    /// The directory; `nil` when neither `XDG_CACHE_HOME` nor `HOME` says where it is.
    let directory: String?

    /// The cache under `environment`'s `XDG_CACHE_HOME` (absolute), else `HOME/.cache`.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        directory = UserCache.directory("examples", environment: environment)
    }

    /// The name of `files`' entry: their hash, with the version of leddiag that checks them.
    static func key(_ files: [CatalogFile], version: String = LEDDiagVersion.current) -> String {
        var hash = UserCache.FNV128()
        hash.add(version)
        for file in files {
            hash.add(file.name)
            hash.add(file.text)
        }
        return hash.hex
    }

    /// What checking `files` found before, or `nil` when they were not checked (or the entry is unreadable).
    func outcome(_ files: [CatalogFile]) -> Outcome? {
        guard let directory, let data = FileManager.default.contents(atPath: directory + "/" + Self.key(files)) else {
            return nil
        }
        guard !data.isEmpty else { return .passed }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard let first = lines.first, let failures = Int(first), failures > 0, lines.count > 1 else { return nil }
        return Outcome(failures: failures, rules: Array(lines.dropFirst()))
    }

    /// Notes what checking the examples of `files` found (best effort).
    func remember(_ outcome: Outcome, for files: [CatalogFile]) {
        guard let directory else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let text =
            outcome.failures == 0 ? "" : ([String(outcome.failures)] + outcome.rules).joined(separator: "\n") + "\n"
        _ = FileManager.default.createFile(atPath: directory + "/" + Self.key(files), contents: Data(text.utf8))
    }
}
