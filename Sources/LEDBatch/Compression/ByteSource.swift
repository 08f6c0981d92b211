extension BatchDiagnoser {
    /// What the reader reads an input through (``BatchInput/openSource(cancellation:)``): its bytes as they are, or
    /// decompressed. The one seam between opening an input and cutting it into chunks.
    protocol ByteSource: AnyObject {
        /// Fills `buffer` as far as the input allows; returns the bytes written (fewer only at the end, when
        /// the batch was cancelled, or at ``damage``).
        func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(BatchError) -> Int
        /// The input's bytes consumed so far, what progress counts: compressed bytes for a compressed input.
        var bytesConsumed: Int { get }
        /// Set once a compressed input ended at damage rather than at its end.
        var damage: BatchInputDamage? { get }
    }

    /// An input read as it is; the bytes read to look for a compression's magic come first.
    final class PlainSource: ByteSource {
        private let stream: BatchInput.Stream
        private var prefix: [UInt8]
        private(set) var bytesConsumed = 0
        var damage: BatchInputDamage? { nil }

        init(_ stream: BatchInput.Stream, prefix: [UInt8]) {
            self.stream = stream
            self.prefix = prefix
        }

        func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(BatchError) -> Int {
            var done = 0
            if !prefix.isEmpty {
                done = min(prefix.count, buffer.count)
                prefix.withUnsafeBytes { bytes in
                    buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[..<done]))
                }
                prefix.removeFirst(done)
            }
            if done < buffer.count {
                done += try stream.fill(UnsafeMutableRawBufferPointer(rebasing: buffer[done...]))
            }
            bytesConsumed += done
            return done
        }
    }
}

extension BatchInput {
    /// Opens the input for the reader: a gzip or zstd stream (told by its first bytes, whatever its name)
    /// decompressed on a thread of its own, anything else as it is.
    func openSource(cancellation: BatchDiagnoser.Cancellation) throws(BatchError) -> any BatchDiagnoser.ByteSource {
        // The input's own stop, under the batch's: the decompression thread's reads end with the source.
        let stop = BatchDiagnoser.Cancellation(parent: cancellation)
        let stream = try Stream(self, cancellation: stop)
        let prefix = try Self.magic(of: stream)
        guard let compression = BatchDiagnoser.Compression.detect(prefix) else {
            return BatchDiagnoser.PlainSource(stream, prefix: prefix)
        }
        return try BatchDiagnoser.DecompressingSource(
            stream, prefix: prefix, compression: compression, name: name, stop: stop)
    }

    /// The first bytes of `stream` (fewer at its end): enough to tell a compression by its magic.
    private static func magic(of stream: Stream) throws(BatchError) -> [UInt8] {
        let peek = UnsafeMutableRawBufferPointer.allocate(
            byteCount: BatchDiagnoser.Compression.magicLength, alignment: 1)
        defer { peek.deallocate() }
        return Array(peek.prefix(try stream.fill(peek)))
    }
}
