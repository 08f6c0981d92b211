import LEDSupport

extension BatchDiagnoser {
    /// One run of a batch: a reader thread, `jobs` worker threads and the ordered output.
    ///
    /// - The **reader** fills chunk buffers (``BatchOptions/chunkSize``) from each input in turn, cut
    ///   at the last line break (the rest starts the next chunk), detects each input's format from its
    ///   first chunk, and queues the chunks. Buffers come from a pool of `2 × jobs + 2`, at most 8 (and
    ///   about 16 MiB), so reading waits when the workers are behind: memory grows neither with the input
    ///   nor with the number of jobs.
    /// - **Workers** take tasks from the ``Scheduler``: parse a chunk (any chunk, in parallel;
    ///   ``ChunkParser``), or let a shard read its devices' lines of the next chunk in order (``Shard``;
    ///   one task per shard at a time).
    /// - Each shard's records go, with its watermark, into the ``ReorderBuffer``, which writes them
    ///   in output order to the sinks. Which worker did what never shows in the output.
    ///
    /// Everything shared is in a ``Lock``: `state` (scheduling, counts), `out` (reorder buffer, sinks)
    /// and one per shard (held by the worker that runs the shard's task).
    final class Pipeline: Sendable {
        let context: Context
        let options: BatchOptions
        let inputs: [BatchInput]
        let shardCount: Int
        let shards: [Mutex<Shard>]
        let cancellation: Cancellation
        let progress: (@Sendable (BatchProgress) -> Void)?
        let started = MonotonicClock.now()
        let totalBytes: Int?
        let state: Mutex<Scheduler>
        let out: Mutex<OrderedOutput>

        init(
            context: Context, options: BatchOptions, inputs: [BatchInput], output: any BatchRecordSink,
            errors: (any BatchRecordSink)?,
            cancellation: Cancellation, progress: (@Sendable (BatchProgress) -> Void)?
        ) {
            self.context = context
            self.options = options
            self.inputs = inputs
            shardCount = max(1, options.jobs)
            shards = (0..<max(1, options.jobs)).map { Mutex(Shard(index: $0, context: context)) }
            self.cancellation = cancellation
            self.progress = progress
            state = Mutex(Scheduler(shardCount: max(1, options.jobs), chunkSize: options.chunkSize))
            out = Mutex(
                OrderedOutput(
                    reorder: ReorderBuffer(shards: max(1, options.jobs), spillLimit: options.spillLimit),
                    output: output, errors: errors))
            totalBytes = BatchInput.Stream.totalBytes(inputs)
        }

        /// Runs the batch to the end and returns its summary.
        func run() throws(BatchError) -> BatchSummary {
            let (output, errors) = out.withLock { ($0.output, $0.errors) }
            let preambles: [((any BatchRecordSink)?, String)] = [
                (output, context.renderer.preamble), (errors, context.errorRenderer.preamble),
            ]
            for (sink, preamble) in preambles {
                guard let sink, !preamble.isEmpty else { continue }
                try sink.write(BatchOutputRecord(kind: .header, fileIndex: -1, line: 0, bytes: Array(preamble.utf8)))
            }
            var bodies: [@Sendable () -> Void] = [{ self.options.follow == nil ? self.read() : self.follow() }]
            for _ in 0..<shardCount { bodies.append { self.work() } }
            Threads.runAll(bodies)

            // Followed, each device's roll-up went out as it changed.
            let devices = options.byDevice && !context.devicesOnChange ? rolledUpDevices() : []
            let outputError: BatchError? = out.withLock { out in
                do throws(BatchError) {
                    if !out.stopped {
                        let sinks = out
                        try out.reorder.drain { record throws(BatchError) in try sinks.emit(record) }
                        if !devices.isEmpty { try writeDevices(devices, to: out.output) }
                    }
                    try out.output.finish()
                    try out.errors?.finish()
                    return nil
                } catch {
                    return error
                }
            }
            let (failure, strictFailure) = state.withLock { ($0.failure, $0.strictFailure) }
            // A closed output (`| head -1`) is a stop, not a failure: the summary of what was read.
            if failure == .outputClosed || (failure == nil && outputError == .outputClosed) {
                var stopped = summary()
                stopped.outputClosed = true
                return stopped
            }
            if let failure { throw failure }
            if let outputError { throw outputError }
            if let strictFailure { throw strictFailure.error }
            return summary()
        }

        // MARK: - Workers

        private func work() {
            while case .task(let task) = state.wait(for: { $0.next() }) {
                switch task {
                case .parse(let chunk):
                    ChunkParser.parse(chunk, shardCount: shardCount)
                    state.update { $0.parsed(chunk) }
                case .process(let chunk, let index):
                    let (records, watermark) = shards[index].withLock { shard in
                        // Records handed over mid-chunk go out under the shard's lock (shard, then `out`).
                        let watermark = shard.process(chunk) { records, watermark in
                            self.deliver(records, shard: index, watermark: watermark)
                        }
                        return (shard.takeOutput(), watermark)
                    }
                    deliver(records, shard: index, watermark: watermark)
                    state.update { $0.processed(chunk, shard: index) }
                }
            }
        }

        /// Hands a shard's records to the reorder buffer and writes what is ready.
        private func deliver(_ records: [PendingRecord], shard: Int, watermark: RecordKey) {
            // Following, a record goes out as soon as its episode closes (BatchFollow), not in first-line order.
            let watermark = options.follow == nil ? watermark : .max
            var firstError: PendingRecord?
            if options.strict {
                for record in records where record.isError && firstError.map({ record.key < $0.key }) ?? true {
                    firstError = record
                }
            }
            let failed: BatchError? = out.withLock { out in
                if let firstError { out.reorder.cap = min(out.reorder.cap, firstError.key) }
                guard !out.stopped else { return nil }
                do throws(BatchError) {
                    let sinks = out
                    try out.reorder.add(records, shard: shard, watermark: watermark) { record throws(BatchError) in
                        try sinks.emit(record)
                    }
                    return nil
                } catch {
                    out.stopped = true
                    return error
                }
            }
            if let failed { stop(failed) }
            if let firstError {
                let fileNames = context.fileNames
                state.update { state in
                    if state.strictFailure.map({ firstError.key < $0.key }) ?? true {
                        let error = BatchError.rejectedLine(
                            file: fileNames[firstError.key.file], line: firstError.key.line,
                            message: firstError.message ?? "unreadable line")
                        state.strictFailure = (firstError.key, error)
                    }
                    state.readerStop = true
                }
            }
        }

        /// Stops everything: a failure that ends the batch.
        func stop(_ error: BatchError) {
            state.update { $0.stop(error) }
        }
    }
}
