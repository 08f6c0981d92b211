extension BatchDiagnoser.Shard {
    /// Device names interned into small integer ids: an open-addressing hash table over the names'
    /// bytes (kept once, in an arena). Lookups compare the stored hash, then the bytes; no string is
    /// built per line. One table per shard, used by one thread at a time.
    struct DeviceTable: ~Copyable {
        /// Where a name is in the arena, and its hash.
        private struct Entry {
            var hash: UInt64
            var offset: Int
            var count: Int
        }

        private var slots: [Int32]
        private var mask: Int
        private var entries: [Entry] = []
        /// The names' bytes, one after another (padded: names compare a word at a time).
        private var arena = BatchDiagnoser.Storage<UInt8>(capacity: 16 * 1024)

        /// The number of distinct names.
        var count: Int { entries.count }

        /// An empty table.
        init() {
            slots = Array(repeating: -1, count: 1024)
            mask = 1023
        }

        /// The id of the `count` bytes at `p` with hash `hash`, and whether it is new. `p` must be
        /// followed by at least 8 readable bytes (chunk buffers' padding).
        @inline(__always)
        mutating func intern(_ p: UnsafePointer<UInt8>, count: Int, hash: UInt64) -> (id: Int, isNew: Bool) {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let id = Int(slots[slot])
                if id < 0 { break }
                let entry = entries[id]
                if entry.hash == hash, entry.count == count, Self.equal(arena.base + entry.offset, p, count: count) {
                    return (id, false)
                }
                slot = (slot + 1) & mask
            }
            return (insert(p, count: count, hash: hash, slot: slot), true)
        }

        /// The bytes of name `id`.
        func name(_ id: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: arena.base + entries[id].offset, count: entries[id].count)
        }

        /// Whether name `id` is the `count` bytes at `p` (followed by at least 8 readable bytes).
        @inline(__always)
        func matches(_ id: Int, _ p: UnsafePointer<UInt8>, count: Int) -> Bool {
            let entry = entries[id]
            return entry.count == count && Self.equal(arena.base + entry.offset, p, count: count)
        }

        /// Whether the `count` bytes at `a` and `b` are equal, compared a word at a time; both must be
        /// followed by at least 8 readable bytes (the arena and chunk buffers are padded). Names are short:
        /// this beats a call to `memcmp`.
        @inline(__always)
        static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, count: Int) -> Bool {
            let x = UnsafeRawPointer(a)
            let y = UnsafeRawPointer(b)
            var i = 0
            while i + 8 <= count {
                if x.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    != y.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                {
                    return false
                }
                i += 8
            }
            let rest = count - i
            guard rest > 0 else { return true }
            let tail: UInt64 = (1 << UInt64(rest * 8)) &- 1
            return
                (x.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                ^ y.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & tail == 0
        }

        private mutating func insert(_ p: UnsafePointer<UInt8>, count: Int, hash: UInt64, slot: Int) -> Int {
            let id = entries.count
            entries.append(Entry(hash: hash, offset: arena.count, count: count))
            arena.append(p, count: count)
            slots[slot] = Int32(id)
            if entries.count * 2 > slots.count { grow() }
            return id
        }

        private mutating func grow() {
            let capacity = slots.count * 2
            slots = Array(repeating: -1, count: capacity)
            mask = capacity - 1
            for id in entries.indices {
                var slot = Int(truncatingIfNeeded: entries[id].hash) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(id)
            }
        }
    }
}
