/// A fixed map from 64-bit keys to trie nodes, built once and read on every word: open addressing
/// with a multiplicative hash, which is several times cheaper per lookup than `Dictionary`'s seeded
/// hashing.
package struct EdgeTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    package private(set) var count = 0

    /// An empty key is never stored: keys are `node << 32 | label` with label < 2^32 - 1.
    private static let empty = UInt64.max

    /// An empty table with room for about `capacity` keys before it grows (growing rehashes every key).
    package init(capacity: Int = 8) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity * 2 {
            size <<= 1
            bits += 1
        }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: -1, count: size)
        shift = 64 - bits
    }

    /// The node stored under `key`.
    package subscript(key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = keys.count - 1
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` under `key` (replacing an earlier value).
    package mutating func insert(_ value: Int32, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = keys.count - 1
        while keys[slot] != Self.empty, keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == Self.empty { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (slot, key) in oldKeys.enumerated() where key != Self.empty { insert(oldValues[slot], for: key) }
    }
}
