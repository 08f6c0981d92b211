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
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            directory = cache + "/leddiag/examples"
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            directory = home + "/.cache/leddiag/examples"
        } else {
            directory = nil
        }
    }

    /// The name of `files`' entry: their hash, with the version of leddiag that checks them.
    static func key(_ files: [CatalogFile], version: String = LEDDiagVersion.current) -> String {
        var hash = FNV128()
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

extension ExampleCheckCache {
    /// FNV-1a over two 64-bit lanes with different offsets; each string is added with its length, so
    /// that `("ab", "c")` and `("a", "bc")` differ.
    struct FNV128 {
        private var lanes: (UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0x6c62_272e_07bb_0142)
        private static let prime: UInt64 = 0x0000_0100_0000_01b3

        mutating func add(_ text: String) {
            var count = UInt64(text.utf8.count)
            for _ in 0..<8 {
                byte(UInt8(truncatingIfNeeded: count))
                count >>= 8
            }
            for value in text.utf8 { byte(value) }
        }

        private mutating func byte(_ value: UInt8) {
            lanes.0 = (lanes.0 ^ UInt64(value)) &* Self.prime
            lanes.1 = (lanes.1 ^ UInt64(value ^ 0x5a)) &* Self.prime
        }

        var hex: String {
            let first = String(lanes.0, radix: 16)
            let second = String(lanes.1, radix: 16)
            return String(repeating: "0", count: 16 - first.count) + first
                + String(repeating: "0", count: 16 - second.count)
                + second
        }
    }
}
