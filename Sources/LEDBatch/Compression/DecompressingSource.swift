import LEDSupport

extension BatchDiagnoser {
    /// A gzip or zstd input, decompressed on a thread of its own while the reader cuts the decoded bytes
    /// into chunks, so decompression runs beside parsing and diagnosis rather than before them. Memory is
    /// bounded by the ``DecompressionQueue`` (four 1 MiB blocks ahead) and the decoder's window.
    final class DecompressingSource: ByteSource {
        private let queue: Mutex<DecompressionQueue>
        private let stop: Cancellation
        private let thread: Threads.Handle
        private let name: String
        private let compression: Compression
        private var current: DecompressionQueue.Block?
        private var offset = 0
        private var ended = false
        private(set) var bytesConsumed = 0
        private(set) var damage: BatchInputDamage?

        /// Starts decompressing `stream` (whose first bytes, `prefix`, were read already to tell its
        /// compression); the thread stops with this source, or when `stop` is cancelled.
        init(
            _ stream: BatchInput.Stream, prefix: [UInt8], compression: Compression, name: String,
            stop: Cancellation
        ) throws(BatchError) {
            let decoder: any StreamDecoder
            do {
                decoder = try compression.makeDecoder()
            } catch {
                throw BatchError.io("cannot decompress \(name): \(error.reason)")
            }
            let queue = Mutex(DecompressionQueue())
            // The decompressor is reached only through this lock, which its thread holds while it runs.
            let decompressor = Mutex(
                Decompressor(stream: stream, decoder: decoder, prefix: prefix, queue: queue, stop: stop))
            guard let thread = Threads.start({ decompressor.withLock { $0.run() } }) else {
                throw BatchError.io("cannot start a thread to decompress \(name)")
            }
            self.queue = queue
            self.stop = stop
            self.thread = thread
            self.name = name
            self.compression = compression
        }

        deinit {
            stop.cancel()
            queue.update { $0.closed = true }
            thread.join()
        }

        func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(BatchError) -> Int {
            var done = 0
            while done < buffer.count {
                if let block = current, offset < block.count {
                    let count = min(block.count - offset, buffer.count - done)
                    block.bytes.withUnsafeBytes { bytes in
                        UnsafeMutableRawBufferPointer(rebasing: buffer[done..<(done + count)])
                            .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
                    }
                    offset += count
                    done += count
                    continue
                }
                guard !ended else { break }
                try next()
            }
            return done
        }

        /// Returns the block read to the decompressor and takes the next one, or notes how the stream ended.
        private func next() throws(BatchError) {
            let finished = current.take()
            offset = 0
            enum Next {
                case block(DecompressionQueue.Block)
                case end(DecompressionQueue.End)
            }
            let next: Next = queue.wait { queue in
                if !queue.ready.isEmpty { return .block(queue.ready.removeFirst()) }
                if let end = queue.end { return .end(end) }
                return nil
            }
            // Wakes the decompressor: there is room again, and maybe a buffer to reuse.
            queue.update { queue in
                if let finished { queue.spare.append(finished.bytes) }
            }
            switch next {
            case .block(let block):
                current = block
                bytesConsumed = block.consumedAfter
            case .end(.finished(let consumed)):
                ended = true
                bytesConsumed = consumed
            case .end(.damaged(let at, let reason)):
                ended = true
                bytesConsumed = at
                damage = BatchInputDamage(file: name, compression: compression.rawValue, offset: at, reason: reason)
            case .end(.failed(let error)):
                ended = true
                throw error
            }
        }
    }
}
