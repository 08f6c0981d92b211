extension BatchDiagnoser.Chunk {
    /// A chunk's usable lines, by the shard that owns their device: one ``BatchDiagnoser/Storage`` cut
    /// into a region per shard, and each region's count. Appending is a count check, a store and an
    /// increment; a full region doubles every region (rare: regions start with room for a full chunk
    /// of short lines). `~Copyable`: the chunk owns it, and the lists it hands out are views that last
    /// as long as the chunk is not reset.
    struct ShardLines: ~Copyable {
        typealias Line = BatchDiagnoser.Line

        /// The number of shards.
        let shardCount: Int
        private var storage: BatchDiagnoser.Storage<Line>
        private var counts: BatchDiagnoser.Storage<Int>
        private var regionCapacity: Int

        /// Empty lists for `shardCount` shards, with room for `capacityPerShard` lines each.
        init(shardCount: Int, capacityPerShard: Int) {
            self.shardCount = shardCount
            regionCapacity = Swift.max(16, capacityPerShard)
            storage = BatchDiagnoser.Storage(capacity: shardCount * regionCapacity)
            counts = BatchDiagnoser.Storage(capacity: shardCount, zeroed: true)
            counts.setCount(shardCount)
        }

        /// All lines, over every shard.
        var count: Int { counts.elements.reduce(0, +) }

        /// The lines of shard `shard`, in chunk order; valid until the lists are next changed.
        func lines(ofShard shard: Int) -> UnsafeBufferPointer<Line> {
            UnsafeBufferPointer(start: storage.base + shard * regionCapacity, count: counts.base[shard])
        }

        /// Appends `line` to the list of shard `shard` (`0 ..< shardCount`).
        @inline(__always)
        mutating func append(_ line: Line, shard: Int) {
            let count = counts.base[shard]
            if count == regionCapacity { grow() }
            (storage.base + shard * regionCapacity + count).initialize(to: line)
            counts.base[shard] = count + 1
        }

        /// Forgets every line, keeping the memory. (Lines are plain values: nothing to deinitialize.)
        mutating func removeAll() {
            counts.base.update(repeating: 0, count: shardCount)
        }

        private mutating func grow() {
            let bigger = regionCapacity * 2
            let grown = BatchDiagnoser.Storage<Line>(capacity: shardCount * bigger)
            for shard in 0..<shardCount {
                (grown.base + shard * bigger).update(
                    from: storage.base + shard * regionCapacity, count: counts.base[shard])
            }
            storage = grown
            regionCapacity = bigger
        }
    }
}
