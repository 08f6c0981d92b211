extension BatchDiagnoser {
    /// A piece of one input file that ends at a line boundary, and what the parser made of it.
    ///
    /// The reader fills the buffer; one worker parses it (``ChunkParser``); then each shard's worker
    /// reads the lines of its devices. Buffers are recycled through the scheduler's pool, which bounds
    /// memory.
    ///
    /// `@unchecked Sendable`, and this is why it is sound: a chunk moves between threads only through
    /// the pipeline's ``Scheduler`` (under its ``Lock``), which gives it to one thread at a time while
    /// it is written — the reader while it fills it, then one worker while it parses it — and only
    /// after `isParsed` is set under the lock to the shards' workers, which only read it (each its own
    /// line list), until the last of them hands it back to the pool. The scheduling fields
    /// (`sequence`, `lineBase`, `shardsDone`, `isParsed`) are read and written under the lock only.
    final class Chunk: @unchecked Sendable {
        /// Bytes of slack after the content, so that word-at-a-time reads past a line's end stay inside.
        static var padding: Int { Storage<UInt8>.padding }

        /// The buffer: `capacity` bytes plus ``padding``.
        private let bytes: Storage<UInt8>
        /// The buffer's first byte (valid as long as the chunk).
        var base: UnsafeMutablePointer<UInt8> { bytes.base }
        /// How many bytes the buffer holds at most.
        let capacity: Int
        /// How many bytes of content the buffer holds now.
        var count = 0

        /// The chunk's position in the whole run (0, 1, 2, … over every file).
        var sequence = 0
        /// The input it came from (index into the run's inputs).
        var file = 0
        /// Whether it is the first / last chunk of its input.
        var isFirstInFile = false
        var isLastInFile = false
        /// Whether it is the last chunk because the batch was interrupted (then also ``isLastInFile``).
        var isInterruption = false
        /// The input's format, set up (for CSV: the header's columns, and its line when in this chunk).
        var format = FormatChoice.plain
        /// The chunk stands for one line longer than a chunk, which is rejected unread.
        var isOverlongLine = false

        // What the parser found.
        /// How many lines the chunk holds (a last line without a newline counts).
        var lines = 0
        /// Blank lines, comments and the CSV header.
        var skipped = 0
        /// Lines that could not be read.
        var errors: [Chunk.LineError] = []
        /// The usable lines, by the shard that owns their device. No shards until the first ``reset(shardCount:)``
        /// sizes them, whatever the shard count (with one shard, the lists would otherwise start at 16 lines and
        /// grow, copying, while the first chunks are parsed).
        var shardLines = ShardLines(shardCount: 0, capacityPerShard: 0)
        /// The time of the chunk's last transition, for closing idle episodes; NaN when none.
        var lastTime = Double.nan
        /// Whether its lines start with their own numbers (``BatchLineNumbers/prefixed``).
        var isNumbered = false
        /// With ``isNumbered``: each line's number, by its index in the chunk (else empty).
        var lineNumbers: [Int] = []
        /// Following (``BatchFollow``): when it was read (``MonotonicClock`` seconds); NaN otherwise.
        var arrival = Double.nan
        /// Following: the input had nothing new at ``arrival`` (the chunk holds no line).
        var isIdle = false

        /// The file line number of the chunk's first line, minus one. Set by the scheduler.
        var lineBase = 0
        /// How many shards have processed the chunk.
        var shardsDone = 0
        /// Whether the chunk has been parsed.
        var isParsed = false

        /// A chunk with room for `capacity` bytes.
        init(capacity: Int) {
            self.capacity = capacity
            bytes = Storage(capacity: capacity, zeroed: true)
        }

        /// Runs `body` on the line lists (one access, however many lines it appends).
        @inline(__always)
        func withShardLines<R>(_ body: (inout ShardLines) -> R) -> R {
            body(&shardLines)
        }

        /// Clears everything but the buffers, for reuse.
        func reset(shardCount: Int) {
            count = 0
            sequence = 0
            file = 0
            isFirstInFile = false
            isLastInFile = false
            isInterruption = false
            format = .plain
            isOverlongLine = false
            lines = 0
            skipped = 0
            errors.removeAll(keepingCapacity: true)
            if shardLines.shardCount != shardCount {
                // Room for a full chunk of 32-byte lines spread over the shards, so that the lists do not
                // grow (and copy) while the first chunks are parsed; pages never written cost nothing.
                shardLines = ShardLines(shardCount: shardCount, capacityPerShard: capacity / (32 * shardCount))
            }
            shardLines.removeAll()
            lastTime = .nan
            isNumbered = false
            lineNumbers.removeAll(keepingCapacity: true)
            arrival = .nan
            isIdle = false
            lineBase = 0
            shardsDone = 0
            isParsed = false
        }
    }
}
