extension BatchDiagnoser {
    /// A piece of one input file that ends at a line boundary, and what the parser made of it.
    ///
    /// The reader fills the buffer; one worker parses it (``ChunkParser``); then each shard's
    /// worker reads the lines of its devices. The scheduler hands a chunk from thread to thread under
    /// its lock and never lets two threads write it at once, hence `@unchecked Sendable`. Buffers are
    /// recycled through the scheduler's pool, which bounds memory.
    final class Chunk: @unchecked Sendable {
        /// Bytes of slack after the content, so that word-at-a-time reads past a line's end stay inside.
        static let padding = 64

        /// The buffer: `capacity` bytes plus ``padding``.
        let base: UnsafeMutablePointer<UInt8>
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
        /// The input's format and, for CSV, the header's reader and the header line (0-based, in this chunk).
        var format = BatchInputFormat.plain
        var csv: CSVFormat?
        var headerLine = -1
        var headerProblem: String?
        /// The chunk stands for one line longer than a chunk, which is rejected unread.
        var isOverlongLine = false

        // What the parser found.
        /// How many lines the chunk holds (a last line without a newline counts).
        var lines = 0
        /// Blank lines, comments and the CSV header.
        var skipped = 0
        /// Lines that could not be read.
        var errors: [Chunk.LineError] = []
        /// The usable lines, by the shard that owns their device (buffers owned by the chunk).
        var shards: [Chunk.LineList] = []
        /// The time of the chunk's last transition, for closing idle episodes; NaN when none.
        var lastTime = Double.nan

        /// The file line number of the chunk's first line, minus one. Set by the scheduler.
        var lineBase = 0
        /// How many shards have processed the chunk.
        var shardsDone = 0
        /// Whether the chunk has been parsed.
        var isParsed = false

        /// A chunk with room for `capacity` bytes.
        init(capacity: Int) {
            self.capacity = capacity
            base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + Self.padding)
            base.initialize(repeating: 0, count: capacity + Self.padding)
        }

        deinit {
            base.deallocate()
            for list in shards { list.deallocate() }
        }

        /// Clears everything but the buffer, for reuse.
        func reset(shardCount: Int) {
            count = 0
            sequence = 0
            file = 0
            isFirstInFile = false
            isLastInFile = false
            format = .plain
            csv = nil
            headerLine = -1
            headerProblem = nil
            isOverlongLine = false
            lines = 0
            skipped = 0
            errors.removeAll(keepingCapacity: true)
            if shards.count != shardCount {
                for list in shards { list.deallocate() }
                // Room for a full chunk of 32-byte lines spread over the shards, so that the lists do not
                // grow (and copy) while the first chunks are parsed; pages never written cost nothing.
                let expected = capacity / (32 * shardCount)
                shards = (0..<shardCount).map { _ in Chunk.LineList(capacity: expected) }
            }
            for index in shards.indices { shards[index].removeAll() }
            lastTime = .nan
            lineBase = 0
            shardsDone = 0
            isParsed = false
        }
    }
}
