extension BatchDiagnoser {
    /// What the decompression thread hands the reader, under a ``Mutex``: decoded blocks in order, at most
    /// ``maxReady`` of them (so memory is bounded: the thread waits while the reader is behind), the buffers
    /// the reader is done with, and how the stream ended.
    struct DecompressionQueue: Sendable {
        /// Decoded bytes, and the compressed bytes consumed once they were decoded (for progress).
        struct Block: Sendable {
            var bytes: [UInt8]
            var count: Int
            var consumedAfter: Int
        }

        /// How the compressed stream ended.
        enum End: Sendable {
            /// At its end, or where the batch was cancelled.
            case finished(consumed: Int)
            /// At damage: the compressed offset and the reason.
            case damaged(offset: Int, reason: String)
            /// The compressed input could not be read.
            case failed(BatchError)
        }

        /// Decoded bytes per block.
        static let blockSize = 1 << 20
        /// The most blocks decoded ahead of the reader.
        static let maxReady = 4

        var ready: [Block] = []
        var spare: [[UInt8]] = []
        var end: End?
        /// The reader is gone: the thread stops.
        var closed = false
    }
}
