extension BatchDiagnoser {
    /// A compression a batch input may arrive in, told by the magic bytes it starts with (never by its name).
    enum Compression: String, Sendable, CaseIterable {
        /// gzip (RFC 1952), `1f 8b`; members may follow one another (`cat a.gz b.gz`).
        case gzip
        /// Zstandard (RFC 8878), `28 b5 2f fd`; frames may follow one another, skippable frames are skipped.
        case zstd

        /// The most bytes ``detect(_:)`` looks at.
        static let magicLength = 4

        /// The compression whose magic bytes `prefix` starts with; `nil` for anything else (a log as it is).
        static func detect(_ prefix: some Collection<UInt8>) -> Compression? {
            if prefix.starts(with: [0x1F, 0x8B]) { return .gzip }
            if prefix.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
            return nil
        }

        /// A new decoder of this compression.
        func makeDecoder() throws(DecodeFailure) -> any StreamDecoder {
            switch self {
            case .gzip: return try GzipDecoder()
            case .zstd: return try ZstdDecoder()
            }
        }
    }

    /// Why compressed bytes could not be decoded: the library's reason, and how far the failing call got.
    struct DecodeFailure: Error, Sendable {
        /// The reason, as the library words it (`invalid distance too far back`, `Unknown frame descriptor`).
        var reason: String
        /// Bytes of the call's input consumed before the failure.
        var consumed = 0
        /// Bytes the call wrote before the failure (they are good: the reader keeps them).
        var produced = 0
    }

    /// One stream's decompressor: compressed bytes in, the log's bytes out, member after member (frame after
    /// frame). Used by one thread at a time (the decompression thread).
    protocol StreamDecoder: AnyObject {
        /// Decodes from `input` into `output` until one of them is used up (or no progress is possible);
        /// returns the bytes consumed and produced.
        func decode(
            _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
        ) throws(DecodeFailure) -> (consumed: Int, produced: Int)

        /// Whether the bytes consumed so far end exactly at the end of a member (frame): where the input may
        /// end without being truncated. False before the first member.
        var isAtBoundary: Bool { get }
    }
}
