#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Device names interned into small integer ids: an open-addressing hash table over the names'
/// bytes (kept once, in an arena). Lookups compare the stored hash, then the bytes; no string is
/// built per line. One table per shard, used by one thread at a time.
struct BatchDeviceTable {
    private var slots: [Int32]
    private var mask: Int
    private var hashes: [UInt64] = []
    private var offsets: [Int] = []
    private var lengths: [Int] = []
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCapacity: Int
    private var arenaCount = 0

    /// The number of distinct names.
    var count: Int { hashes.count }

    /// An empty table.
    init() {
        slots = Array(repeating: -1, count: 1024)
        mask = 1023
        arenaCapacity = 16 * 1024
        arena = .allocate(capacity: arenaCapacity + BatchChunk.padding)
    }

    /// Frees the arena. The table is a value used by one owner; call once, when done.
    func release() {
        arena.deallocate()
    }

    /// The id of the `count` bytes at `p` with hash `hash`, and whether it is new.
    @inline(__always)
    mutating func intern(_ p: UnsafePointer<UInt8>, count: Int, hash: UInt64) -> (id: Int, isNew: Bool) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            if hashes[id] == hash, lengths[id] == count, memcmp(arena + offsets[id], p, count) == 0 {
                return (id, false)
            }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        if arenaCount + count > arenaCapacity {
            let capacity = max(arenaCapacity * 2, arenaCount + count)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + BatchChunk.padding)
            grown.update(from: arena, count: arenaCount)
            arena.deallocate()
            arena = grown
            arenaCapacity = capacity
        }
        (arena + arenaCount).update(from: p, count: count)
        hashes.append(hash)
        offsets.append(arenaCount)
        lengths.append(count)
        arenaCount += count
        slots[slot] = Int32(id)
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The bytes of name `id`.
    func name(_ id: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: arena + offsets[id], count: lengths[id])
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for id in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
