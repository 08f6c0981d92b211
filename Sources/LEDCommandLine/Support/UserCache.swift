/// Where leddiag keeps what it remembers between runs (`ExampleCheckCache`, `CatalogArchiveCache`), and
/// the hash that names the entries.
enum UserCache {
    /// `leddiag/LEAF` under `environment`'s `XDG_CACHE_HOME` (when absolute), else under `HOME/.cache`;
    /// `nil` when neither says where.
    static func directory(_ leaf: String, environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return cache + "/leddiag/" + leaf
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return home + "/.cache/leddiag/" + leaf
        }
        return nil
    }
}

extension UserCache {
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
            // Over the contiguous UTF-8 bytes: the String view's iterator cost about 40 instructions a byte
            // (366 M of loading a 10,000-rule catalog); the same bytes, so the same hash.
            var text = text
            text.withUTF8 { bytes in
                var lanes = self.lanes
                for value in bytes {
                    lanes.0 = (lanes.0 ^ UInt64(value)) &* Self.prime
                    lanes.1 = (lanes.1 ^ UInt64(value ^ 0x5a)) &* Self.prime
                }
                self.lanes = lanes
            }
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
