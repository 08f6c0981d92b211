extension BatchDiagnoser {
    /// What the pipeline's threads share to schedule the work, and its counts; held in the pipeline's
    /// `state` ``Lock`` (so every method here runs under the lock).
    ///
    /// Chunks go from the reader (``acquire()``, ``submit(_:)``) to one parsing worker (``next()``
    /// gives `.parse`), then in sequence order to every shard (``next()`` gives `.process` to a shard
    /// that is idle and whose next chunk is parsed), then back to the pool. Shards are preferred over
    /// parsing, which frees buffers sooner. At most one task per shard runs at a time.
    struct Scheduler {
        /// A worker's next job.
        enum Task {
            /// Parse the chunk.
            case parse(Chunk)
            /// Let the shard read its devices' lines of the chunk.
            case process(Chunk, shard: Int)
        }

        /// What a worker does next.
        enum Next {
            case task(Task)
            /// No more work.
            case finished
        }

        /// What the reader gets when it asks for a buffer.
        enum Acquired {
            case chunk(Chunk)
            /// The batch stops reading.
            case stop
        }

        let shardCount: Int
        /// The most chunks allocated at once.
        let maxChunks: Int
        let chunkSize: Int

        private var pool: [Chunk] = []
        private var chunksAllocated = 0
        private var parseQueue: [Chunk] = []
        private var parseHead = 0
        /// Chunks read and not yet processed by every shard, by sequence.
        private var window: [Int: Chunk] = [:]
        private var nextSequence = 0
        private var shardNext: [Int]
        private var shardBusy: [Bool]
        private var rotor = 0
        private var lastBased = -1
        private var nextLineBase = 0

        /// The reader has read everything (or stopped).
        var readerDone = false
        /// The reader must stop (``BatchOptions/strict`` met a bad line).
        var readerStop = false
        /// Everything stops (a failure).
        private(set) var stopped = false
        /// The failure that stopped the batch.
        private(set) var failure: BatchError?
        /// ``BatchOptions/strict``: the first bad line found so far.
        var strictFailure: (key: RecordKey, error: BatchError)?
        /// Whether the batch was cancelled before the end of its input.
        var interrupted = false

        // Counts for the summary.
        private(set) var lines = 0
        private(set) var skipped = 0
        private(set) var parseRejected = 0
        private(set) var parseUsed = 0
        var bytesRead = 0
        var filesRead = 0
        var formatWarnings: [String] = []
        /// Compressed inputs that ended at damage, in reading order.
        var damaged: [BatchInputDamage] = []

        /// The most chunk buffers a run has, whatever its number of jobs.
        static let chunkBudget = 8

        init(shardCount: Int, chunkSize: Int) {
            self.shardCount = shardCount
            self.chunkSize = chunkSize
            // Two chunks per job plus two in flight, but no more than 8 and about 16 MiB of buffers: memory
            // must not grow with the number of jobs (the shards take turns on a window of chunks).
            maxChunks = max(3, min(2 * shardCount + 2, Self.chunkBudget, (16 << 20) / max(64, chunkSize)))
            shardNext = Array(repeating: 0, count: shardCount)
            shardBusy = Array(repeating: false, count: shardCount)
        }

        /// The next task, `.finished` when there is none left, or `nil` when a worker must wait.
        mutating func next() -> Next? {
            if stopped { return .finished }
            for step in 0..<shardCount {
                let index = (rotor + step) % shardCount
                guard !shardBusy[index], let chunk = window[shardNext[index]], chunk.isParsed else { continue }
                if chunk.sequence > lastBased {
                    chunk.lineBase = chunk.isFirstInFile ? 0 : nextLineBase
                    nextLineBase = chunk.lineBase + chunk.lines
                    lastBased = chunk.sequence
                }
                shardBusy[index] = true
                rotor = index + 1
                return .task(.process(chunk, shard: index))
            }
            if parseHead < parseQueue.count {
                let chunk = parseQueue[parseHead]
                parseHead += 1
                if parseHead == parseQueue.count {
                    parseQueue.removeAll(keepingCapacity: true)
                    parseHead = 0
                }
                return .task(.parse(chunk))
            }
            if readerDone, window.isEmpty { return .finished }
            return nil
        }

        /// A worker parsed `chunk`.
        mutating func parsed(_ chunk: Chunk) {
            chunk.isParsed = true
            lines += chunk.lines
            skipped += chunk.skipped
            parseRejected += chunk.errors.count
            parseUsed += chunk.shardLines.count
        }

        /// Shard `shard` has read its lines of `chunk`; the last shard returns it to the pool.
        mutating func processed(_ chunk: Chunk, shard: Int) {
            shardBusy[shard] = false
            shardNext[shard] += 1
            chunk.shardsDone += 1
            if chunk.shardsDone == shardCount {
                window[chunk.sequence] = nil
                pool.append(chunk)
            }
        }

        /// A buffer for the reader, `.stop` when reading must stop, or `nil` when the reader must wait.
        mutating func acquire() -> Acquired? {
            if stopped || readerStop { return .stop }
            if let chunk = pool.popLast() { return .chunk(chunk) }
            if chunksAllocated < maxChunks {
                chunksAllocated += 1
                return .chunk(Chunk(capacity: max(64, chunkSize)))
            }
            return nil
        }

        /// Queues a filled chunk for parsing.
        mutating func submit(_ chunk: Chunk) {
            chunk.sequence = nextSequence
            nextSequence += 1
            window[chunk.sequence] = chunk
            parseQueue.append(chunk)
        }

        /// Returns an unused chunk to the pool.
        mutating func recycle(_ chunk: Chunk) {
            pool.append(chunk)
        }

        /// Stops everything: `error` ends the batch (the first failure is kept).
        mutating func stop(_ error: BatchError) {
            if failure == nil { failure = error }
            stopped = true
        }
    }
}
