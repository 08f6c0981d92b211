#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension BatchDiagnoser {
    /// One run of a batch: a reader thread, `jobs` worker threads and the ordered output.
    ///
    /// - The **reader** fills chunk buffers (``BatchOptions/chunkSize``) from each input in turn, cut
    ///   at the last line break (the rest starts the next chunk), detects each input's format from its
    ///   first chunk, and queues the chunks. Buffers come from a pool of `2 × jobs + 2` (at most about
    ///   64 MiB of them), so reading
    ///   waits when the workers are behind: memory does not grow with the input.
    /// - **Workers** take tasks: parse a chunk (any chunk, in parallel; ``ChunkParser``), or let a
    ///   shard read its devices' lines of the next chunk in order (``Shard``; one task per shard at a
    ///   time). Shards are preferred, which frees buffers sooner.
    /// - Each shard's records go, with its watermark, into the ``ReorderBuffer``, which writes them
    ///   in output order to the sinks. Which worker did what never shows in the output.
    ///
    /// Everything shared is guarded by `state` (scheduling, counts) or `out` (reorder buffer, sinks).
    final class Pipeline: @unchecked Sendable {
        private enum Task {
            case parse(Chunk)
            case process(Chunk, Int)
        }

        private let context: Context
        private let options: BatchOptions
        private let inputs: [BatchInput]
        private let shardCount: Int
        private let shards: [ShardBox]
        private let cancellation: Cancellation
        private let progress: (@Sendable (BatchProgress) -> Void)?
        private let started = MonotonicClock.now()
        private let totalBytes: Int?

        // Scheduling, under `state`.
        private let state = Lock()
        private var pool: [Chunk] = []
        private var chunksAllocated = 0
        private let maxChunks: Int
        private var parseQueue: [Chunk] = []
        private var parseHead = 0
        private var window: [Int: Chunk] = [:]
        private var nextSequence = 0
        private var shardNext: [Int]
        private var shardBusy: [Bool]
        private var rotor = 0
        private var lastBased = -1
        private var nextLineBase = 0
        private var readerDone = false
        private var readerStop = false
        private var stopped = false
        private var failure: BatchError?
        private var strictFailure: (key: UInt64, error: BatchError)?
        private var interrupted = false
        private var lines = 0
        private var skipped = 0
        private var parseRejected = 0
        private var parseUsed = 0
        private var bytesRead = 0
        private var filesRead = 0
        private var formatWarnings: [String] = []

        // Output, under `out`.
        private let out = Lock()
        private let reorder: ReorderBuffer
        private let output: any BatchRecordSink
        private let errors: (any BatchRecordSink)?
        private var outputStopped = false

        init(
            context: Context, options: BatchOptions, inputs: [BatchInput], output: any BatchRecordSink, errors: (any BatchRecordSink)?,
            cancellation: Cancellation, progress: (@Sendable (BatchProgress) -> Void)?
        ) {
            self.context = context
            self.options = options
            self.inputs = inputs
            shardCount = max(1, options.jobs)
            shards = (0..<max(1, options.jobs)).map { ShardBox(Shard(index: $0, context: context)) }
            self.cancellation = cancellation
            self.progress = progress
            // Two chunks per job plus two in flight, but no more than about 64 MiB of buffers.
            maxChunks = max(3, min(2 * max(1, options.jobs) + 2, (64 << 20) / max(64, options.chunkSize)))
            shardNext = Array(repeating: 0, count: max(1, options.jobs))
            shardBusy = Array(repeating: false, count: max(1, options.jobs))
            reorder = ReorderBuffer(shards: max(1, options.jobs), spillLimit: options.spillLimit)
            self.output = output
            self.errors = errors
            var total = 0
            var known = true
            for input in inputs {
                switch input.source {
                case .bytes(let bytes): total += bytes.count
                case .path(let path):
                    var info = stat()
                    if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { total += Int(info.st_size) } else { known = false }
                case .descriptor(let descriptor):
                    var info = stat()
                    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { total += Int(info.st_size) } else { known = false }
                case .reader:
                    known = false
                }
            }
            totalBytes = known ? total : nil
        }

        /// Runs the batch to the end and returns its summary.
        func run() throws(BatchError) -> BatchSummary {
            let preamble = context.renderer.preamble
            if !preamble.isEmpty {
                try output.write(BatchOutputRecord(kind: .header, fileIndex: -1, line: 0, bytes: Array(preamble.utf8)))
                try errors?.write(BatchOutputRecord(kind: .header, fileIndex: -1, line: 0, bytes: Array(preamble.utf8)))
            }
            var bodies: [@Sendable () -> Void] = [{ self.read() }]
            for _ in 0..<shardCount { bodies.append { self.work() } }
            Threads.runAll(bodies)

            var outputError: BatchError?
            out.withLock {
                do throws(BatchError) {
                    if !outputStopped { try reorder.drain(emit: emit) }
                    try output.finish()
                    try errors?.finish()
                } catch {
                    outputError = error
                }
            }
            if let failure { throw failure }
            if let outputError { throw outputError }
            if let strictFailure { throw strictFailure.error }
            return summary()
        }

        private func summary() -> BatchSummary {
            var summary = BatchSummary()
            summary.files = filesRead
            summary.lines = lines
            summary.skipped = skipped
            var shardRejected = 0
            var unknown: [String: UInt64] = [:]
            var skippedRules: [SkippedRuleWarning: Int] = [:]
            for box in shards {
                let shard = box.shard
                shardRejected += shard.rejected
                summary.devices += shard.deviceCount
                summary.episodes += shard.episodes
                summary.unmatched += shard.unmatched
                for (id, count) in shard.causes { summary.causes[id, default: 0] += count }
                for (name, key) in shard.unknownModels where unknown[name].map({ key < $0 }) ?? true { unknown[name] = key }
                for (skipped, count) in shard.skippedRules { skippedRules[skipped, default: 0] += count }
            }
            summary.rejected = parseRejected + shardRejected
            summary.used = parseUsed - shardRejected
            summary.seconds = MonotonicClock.now() - started
            summary.interrupted = interrupted
            summary.bytes = bytesRead
            summary.warnings = formatWarnings
            for (name, key) in unknown.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
                let file = context.fileNames[Int(key >> 40)]
                let line = Int(key & 0xFF_FFFF_FFFF)
                var message = "\(file):\(line): unknown model \"\(name)\""
                do {
                    _ = try context.diagnoser.deviceID(for: name)
                } catch {
                    if case .unknownDevice(_, let suggestion?) = error { message += " (did you mean \"\(suggestion)\"?)" }
                }
                summary.warnings.append(message + "; its devices are diagnosed without a model")
            }
            // By rule id, then reason: the same lines whatever the number of jobs.
            for (skipped, count) in skippedRules.sorted(by: { ($0.key.rule, $0.key.reason) < ($1.key.rule, $1.key.reason) }) {
                summary.skippedRules[skipped.rule, default: 0] += count
                summary.warnings.append("rule \"\(skipped.rule)\" skipped on \(count) episode\(count == 1 ? "" : "s"): \(skipped.reason)")
            }
            return summary
        }

        // MARK: - Workers

        private func work() {
            while let task = nextTask() {
                switch task {
                case .parse(let chunk):
                    ChunkParser.parse(chunk, shardCount: shardCount)
                    state.withLock {
                        chunk.isParsed = true
                        lines += chunk.lines
                        skipped += chunk.skipped
                        parseRejected += chunk.errors.count
                        for list in chunk.shards { parseUsed += list.count }
                        state.broadcast()
                    }
                case .process(let chunk, let index):
                    let box = shards[index]
                    let watermark = box.shard.process(chunk)
                    deliver(box.shard.takeOutput(), shard: index, watermark: watermark)
                    state.withLock {
                        shardBusy[index] = false
                        shardNext[index] += 1
                        chunk.shardsDone += 1
                        if chunk.shardsDone == shardCount {
                            window[chunk.sequence] = nil
                            pool.append(chunk)
                        }
                        state.broadcast()
                    }
                }
            }
        }

        private func nextTask() -> Task? {
            state.withLock {
                while true {
                    if stopped { return nil }
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
                        return .process(chunk, index)
                    }
                    if parseHead < parseQueue.count {
                        let chunk = parseQueue[parseHead]
                        parseHead += 1
                        if parseHead == parseQueue.count {
                            parseQueue.removeAll(keepingCapacity: true)
                            parseHead = 0
                        }
                        return .parse(chunk)
                    }
                    if readerDone, window.isEmpty { return nil }
                    state.wait()
                }
            }
        }

        /// Hands a shard's records to the reorder buffer and writes what is ready.
        private func deliver(_ records: [PendingRecord], shard: Int, watermark: UInt64) {
            var firstError: PendingRecord?
            if options.strict {
                for record in records where record.isError && firstError.map({ record.key < $0.key }) ?? true { firstError = record }
            }
            var failed: BatchError?
            out.withLock {
                if let firstError { reorder.cap = min(reorder.cap, firstError.key) }
                guard !outputStopped else { return }
                do throws(BatchError) {
                    try reorder.add(records, shard: shard, watermark: watermark, emit: emit)
                } catch {
                    outputStopped = true
                    failed = error
                }
            }
            if let failed { stop(failed) }
            if let firstError {
                state.withLock {
                    if strictFailure.map({ firstError.key < $0.key }) ?? true {
                        let file = Int(firstError.key >> 40)
                        let line = Int(firstError.key & 0xFF_FFFF_FFFF)
                        strictFailure = (firstError.key, .rejectedLine(file: context.fileNames[file], line: line, message: firstError.message ?? "unreadable line"))
                    }
                    readerStop = true
                    state.broadcast()
                }
            }
        }

        /// Writes one record to its sink (called under `out`).
        private func emit(_ record: PendingRecord) throws(BatchError) {
            let kind: BatchOutputRecord.Kind = record.isError ? .error : .episode
            let line = Int(record.key & 0xFF_FFFF_FFFF)
            let out = BatchOutputRecord(kind: kind, fileIndex: Int(record.key >> 40), line: line, bytes: record.bytes)
            if record.isError, let errors {
                try errors.write(out)
            } else {
                try output.write(out)
            }
        }

        /// Stops everything: a failure that ends the batch.
        private func stop(_ error: BatchError) {
            state.withLock {
                if failure == nil { failure = error }
                stopped = true
                state.broadcast()
            }
        }

        // MARK: - Reader

        private func acquireChunk() -> Chunk? {
            let chunk: Chunk? = state.withLock {
                while true {
                    if stopped || readerStop { return nil }
                    if let chunk = pool.popLast() { return chunk }
                    if chunksAllocated < maxChunks {
                        chunksAllocated += 1
                        return Chunk(capacity: max(64, options.chunkSize))
                    }
                    state.wait()
                }
            }
            chunk?.reset(shardCount: shardCount)
            return chunk
        }

        private func submit(_ chunk: Chunk) {
            state.withLock {
                chunk.sequence = nextSequence
                nextSequence += 1
                window[chunk.sequence] = chunk
                parseQueue.append(chunk)
                state.broadcast()
            }
        }

        private func read() {
            defer {
                state.withLock {
                    readerDone = true
                    state.broadcast()
                }
            }
            var lastReport = started
            for (fileIndex, input) in inputs.enumerated() {
                let source: BatchInput.Stream
                do {
                    source = try BatchInput.Stream(input, cancellation: cancellation)
                } catch {
                    stop(error)
                    return
                }
                state.withLock { filesRead += 1 }
                var carry: [UInt8] = []
                var detection: FormatDetector.Detection?
                var first = true
                var discarding = false
                var atEnd = false
                while !atEnd {
                    guard let chunk = acquireChunk() else { return }
                    chunk.file = fileIndex
                    chunk.isFirstInFile = first
                    first = false
                    if cancellation.isCancelled {
                        state.withLock { interrupted = true }
                        chunk.isLastInFile = true
                        if let detection { apply(detection, to: chunk, first: false) }
                        submit(chunk)
                        return
                    }
                    let capacity = chunk.capacity
                    if !carry.isEmpty {
                        carry.withUnsafeBufferPointer { buffer in
                            if let source = buffer.baseAddress { chunk.base.update(from: source, count: buffer.count) }
                        }
                    }
                    var count = carry.count
                    carry.removeAll(keepingCapacity: true)
                    do {
                        count += try fill(chunk, from: count, source)
                        atEnd = count < capacity
                        while discarding {
                            // The rest of an overlong line: drop bytes up to its line break.
                            if let newline = lineBreak(chunk.base, count, last: false) {
                                let rest = count - newline - 1
                                chunk.base.update(from: chunk.base + newline + 1, count: rest)
                                count = rest
                                discarding = false
                                if !atEnd {
                                    count += try fill(chunk, from: count, source)
                                    atEnd = count < capacity
                                }
                            } else if atEnd {
                                count = 0
                                discarding = false
                            } else {
                                count = try fill(chunk, from: 0, source)
                                atEnd = count < capacity
                            }
                        }
                    } catch {
                        recycle(chunk)
                        stop(error)
                        return
                    }
                    // Ctrl-C, even while the input was stalled or trickling in: the lines read so far (up to
                    // the last line break; the rest is not a whole line) are the last of the batch.
                    let cancelled = cancellation.isCancelled
                    if cancelled {
                        count = discarding ? 0 : lineBreak(chunk.base, count, last: true).map { $0 + 1 } ?? 0
                        discarding = false
                        atEnd = true
                        state.withLock { interrupted = true }
                    }
                    if atEnd {
                        chunk.count = count
                        chunk.isLastInFile = true
                    } else if let newline = lineBreak(chunk.base, count, last: true) {
                        chunk.count = newline + 1
                        carry = Array(UnsafeBufferPointer(start: chunk.base + newline + 1, count: count - newline - 1))
                    } else {
                        chunk.count = 0
                        chunk.isOverlongLine = true
                        discarding = true
                    }
                    if detection == nil, !chunk.isOverlongLine {
                        let sample = UnsafeBufferPointer(start: UnsafePointer(chunk.base), count: chunk.count)
                        let found = FormatDetector.detect(sample, forced: options.inputFormat)
                        detection = found
                        if found.isGuess, found.sampledLines > 0 {
                            let name = input.name
                            state.withLock {
                                formatWarnings.append("\(name): cannot tell the format from the first lines; reading it as plain (use --input-format)")
                            }
                        }
                        apply(found, to: chunk, first: true)
                    } else if let detection {
                        apply(detection, to: chunk, first: false)
                    }
                    submit(chunk)
                    if cancelled { return }
                    if let progress {
                        let now = MonotonicClock.now()
                        if now - lastReport >= 0.1 {
                            lastReport = now
                            let done = state.withLock { bytesRead }
                            progress(BatchProgress(bytesDone: done, bytesTotal: totalBytes, seconds: now - started))
                        }
                    }
                }
            }
        }

        private func apply(_ detection: FormatDetector.Detection, to chunk: Chunk, first: Bool) {
            chunk.format = detection.format
            chunk.csv = detection.csv
            if first {
                chunk.headerLine = detection.headerLine
                chunk.headerProblem = detection.headerProblem
            }
        }

        /// Fills `chunk` from offset `offset` to its capacity (less at the end of the input); returns the bytes read.
        private func fill(_ chunk: Chunk, from offset: Int, _ source: BatchInput.Stream) throws(BatchError) -> Int {
            let got = try source.fill(UnsafeMutableRawBufferPointer(start: chunk.base + offset, count: chunk.capacity - offset))
            state.withLock { bytesRead += got }
            return got
        }

        private func recycle(_ chunk: Chunk) {
            state.withLock {
                pool.append(chunk)
                state.broadcast()
            }
        }

        /// The offset of the last (or first) line break in `base[0..<count]`.
        private func lineBreak(_ base: UnsafeMutablePointer<UInt8>, _ count: Int, last: Bool) -> Int? {
            if !last {
                guard let found = memchr(base, 0x0A, count) else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var i = count - 1
            while i >= 0 {
                if base[i] == 0x0A { return i }
                i -= 1
            }
            return nil
        }
    }
}
