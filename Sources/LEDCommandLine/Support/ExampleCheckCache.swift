import Foundation
import LEDDiagnostics

/// Remembers which `--patterns` catalogs had every example pass, so that loading one again runs its
/// examples only when something changed: one empty file per checked catalog, named by a hash of
/// leddiag's version and every loaded file's name and text, in `$XDG_CACHE_HOME/leddiag/examples`
/// (`~/.cache/leddiag/examples` without it). A cache that cannot be read or written only means the
/// examples run again. The hash (FNV-1a, 128 bits) tells accidental changes apart; it is not a defence
/// against someone who writes into the cache directory.
struct ExampleCheckCache {
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

    /// Whether `files` had every example pass before.
    func isChecked(_ files: [CatalogFile]) -> Bool {
        guard let directory else { return false }
        return FileManager.default.fileExists(atPath: directory + "/" + Self.key(files))
    }

    /// Notes that every example of `files` passed (best effort).
    func markChecked(_ files: [CatalogFile]) {
        guard let directory else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: directory + "/" + Self.key(files), contents: nil)
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
