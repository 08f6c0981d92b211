import LEDSupport

extension BatchDiagnoser {
    /// The decompression thread's work: reads the compressed stream in 256 KiB pieces, decodes them into
    /// 1 MiB blocks and queues the blocks for the reader (``DecompressingSource``), waiting while
    /// ``DecompressionQueue/maxReady`` blocks are ahead. At damage it queues the good bytes decoded before it,
    /// then the offset and the reason.
    final class Decompressor {
        private let stream: BatchInput.Stream
        private let decoder: any StreamDecoder
        private let queue: Mutex<DecompressionQueue>
        private let stop: Cancellation
        private var input: [UInt8]
        private var inputStart = 0
        private var inputEnd: Int
        private var atEnd = false
        /// Compressed bytes consumed by the decoder.
        private var consumed = 0

        /// Compressed bytes read at a time.
        static let inputSize = 1 << 18

        init(
            stream: BatchInput.Stream, decoder: any StreamDecoder, prefix: [UInt8], queue: Mutex<DecompressionQueue>,
            stop: Cancellation
        ) {
            self.stream = stream
            self.decoder = decoder
            self.queue = queue
            self.stop = stop
            input = prefix + [UInt8](repeating: 0, count: max(0, Self.inputSize - prefix.count))
            inputEnd = prefix.count
        }

        /// Decodes the whole stream (until its end, damage, or the reader closes).
        func run() {
            guard var block = takeBuffer() else { return }
            var produced = 0
            while true {
                if inputStart == inputEnd, !atEnd {
                    do {
                        try refill()
                    } catch {
                        _ = push(block, produced)
                        finish(.failed(error))
                        return
                    }
                }
                let decoded = input.withUnsafeBytes { source in
                    block.withUnsafeMutableBytes { target in
                        Result { () throws(DecodeFailure) in
                            try decoder.decode(
                                UnsafeRawBufferPointer(rebasing: source[inputStart..<inputEnd]),
                                into: UnsafeMutableRawBufferPointer(rebasing: target[produced...]))
                        }
                    }
                }
                let step: (consumed: Int, produced: Int)
                switch decoded {
                case .success(let done):
                    step = done
                case .failure(let error):
                    consumed += error.consumed
                    _ = push(block, produced + error.produced)
                    finish(.damaged(offset: consumed, reason: error.reason))
                    return
                }
                inputStart += step.consumed
                consumed += step.consumed
                produced += step.produced
                if produced == block.count {
                    guard push(block, produced), let next = takeBuffer() else { return }
                    block = next
                    produced = 0
                } else if step.consumed == 0, step.produced == 0, inputStart == inputEnd, atEnd {
                    _ = push(block, produced)
                    if !stop.isCancelled && !decoder.isAtBoundary {
                        finish(.damaged(offset: consumed, reason: "truncated: the data ends inside a \(kind)"))
                    } else {
                        finish(.finished(consumed: consumed))
                    }
                    return
                } else if step.consumed == 0, step.produced == 0, inputStart < inputEnd {
                    _ = push(block, produced)
                    finish(.damaged(offset: consumed, reason: "the decoder made no progress"))
                    return
                }
            }
        }

        private var kind: String { decoder is GzipDecoder ? "gzip member" : "zstd frame" }

        /// Reads the next piece of compressed bytes; at the end (or once stopped) sets `atEnd`.
        private func refill() throws(BatchError) {
            let read = input.withUnsafeMutableBytes { buffer in
                Result { () throws(BatchError) in try stream.fill(buffer) }
            }
            let got = try read.get()
            inputStart = 0
            inputEnd = got
            if got < input.count || stop.isCancelled { atEnd = true }
        }

        /// A buffer for decoded bytes (one the reader is done with, when there is one); `nil` once the reader
        /// is gone.
        private func takeBuffer() -> [UInt8]? {
            let (closed, reused) = queue.withLock { queue in
                queue.closed ? (true, nil) : (false, queue.spare.popLast())
            }
            if closed { return nil }
            return reused ?? [UInt8](repeating: 0, count: DecompressionQueue.blockSize)
        }

        /// Queues the first `count` bytes of `block`, waiting for room; false once the reader is gone.
        private func push(_ block: [UInt8], _ count: Int) -> Bool {
            guard count > 0 else { return true }
            let consumed = self.consumed
            let queued = queue.wait { queue -> Bool? in
                if queue.closed { return false }
                guard queue.ready.count < DecompressionQueue.maxReady else { return nil }
                queue.ready.append(DecompressionQueue.Block(bytes: block, count: count, consumedAfter: consumed))
                return true
            }
            queue.update { _ in }
            return queued
        }

        private func finish(_ end: DecompressionQueue.End) {
            queue.update { $0.end = end }
        }
    }
}
