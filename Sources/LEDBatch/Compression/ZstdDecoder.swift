import CZstd

extension BatchDiagnoser {
    /// Zstandard through the system libzstd: `ZSTD_decompressStream`, which reads frame after frame (and skips
    /// skippable frames) by itself. A frame asking for a window over libzstd's default limit (128 MiB) is
    /// refused, so memory stays bounded whatever the input says.
    final class ZstdDecoder: StreamDecoder {
        private let stream: OpaquePointer
        /// libzstd's last hint: 0 once a frame is decoded and flushed entirely.
        private var hint = 1

        init() throws(DecodeFailure) {
            guard let stream = ZSTD_createDStream() else {
                throw DecodeFailure(reason: "libzstd could not allocate a decompression stream")
            }
            self.stream = stream
            let started = ZSTD_initDStream(stream)
            if ZSTD_isError(started) != 0 {
                ZSTD_freeDStream(stream)
                throw DecodeFailure(reason: String(cString: ZSTD_getErrorName(started)))
            }
        }

        deinit {
            ZSTD_freeDStream(stream)
        }

        var isAtBoundary: Bool { hint == 0 }

        func decode(
            _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
        ) throws(DecodeFailure) -> (consumed: Int, produced: Int) {
            guard let outputBase = output.baseAddress else { return (0, 0) }
            var source = ZSTD_inBuffer(src: input.baseAddress, size: input.count, pos: 0)
            var target = ZSTD_outBuffer(dst: outputBase, size: output.count, pos: 0)
            // Until the output is full, or nothing moves: libzstd may hold decoded bytes to flush even when
            // the input is used up.
            while target.pos < target.size {
                let before = (source.pos, target.pos)
                let result = ZSTD_decompressStream(stream, &target, &source)
                if ZSTD_isError(result) != 0 {
                    throw DecodeFailure(
                        reason: String(cString: ZSTD_getErrorName(result)), consumed: source.pos, produced: target.pos)
                }
                if (source.pos, target.pos) == before { break }
                hint = result
            }
            return (source.pos, target.pos)
        }
    }
}
