import Testing

@testable import LEDBatch

/// The reorder buffer's sorted hand-overs (typed lines, episodes that close in the order they began) go
/// out without entering its heap when their turn has come: the order must be the one the heap gives.
@Suite("Batch reorder buffer")
struct BatchReorderTests {
    typealias Key = BatchDiagnoser.RecordKey
    typealias Record = BatchDiagnoser.PendingRecord

    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test(
        "sorted and unsorted hand-overs from several shards come out in key order, each only once its turn has come",
        arguments: [(seed: 1, shards: 1), (seed: 2, shards: 2), (seed: 3, shards: 3), (seed: 4, shards: 5)])
    func order(seed: UInt64, shards: Int) throws {
        var random = SplitMix(state: seed)
        let buffer = BatchDiagnoser.ReorderBuffer(shards: shards, spillLimit: 1 << 20)
        let total = 3000
        // Shard s owns the lines whose number modulo `shards` is s; `next[s]` is the first it has not handed over.
        var next = (0..<shards).map { $0 == 0 ? shards : $0 }
        var watermarks = Array(repeating: Key.min, count: shards)
        var emitted: [Int] = []
        var emittedAbove: [Int] = []
        while next.contains(where: { $0 <= total }) {
            let shard = random.next(shards)
            guard next[shard] <= total else { continue }
            var lines: [Int] = []
            for _ in 0..<(1 + random.next(40)) where next[shard] <= total {
                lines.append(next[shard])
                next[shard] += shards
            }
            // One hand-over in three is out of order, as episodes that close late are.
            if random.next(3) == 0 { lines.shuffle(using: &random) }
            let watermark = Key(file: 0, line: next[shard])
            watermarks[shard] = watermark
            let limit = watermarks.min() ?? .max
            try buffer.add(
                lines.map { Record(key: Key(file: 0, line: $0), bytes: [0x61], isError: false) }, shard: shard,
                watermark: watermark
            ) { record throws(BatchError) in
                emitted.append(record.key.line)
                if !(record.key < limit) { emittedAbove.append(record.key.line) }
            }
        }
        try buffer.drain { record throws(BatchError) in emitted.append(record.key.line) }
        #expect(emittedAbove.isEmpty, "records went out before every shard was past them")
        #expect(emitted == Array(1...total))
    }
}

extension BatchReorderTests.SplitMix: RandomNumberGenerator {
    mutating func next() -> UInt64 {
        UInt64(truncatingIfNeeded: next(Int.max))
    }
}
