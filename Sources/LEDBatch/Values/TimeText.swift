extension BatchDiagnoser {
    /// A timestamp as written in the log, kept inline (no allocation) so that every device can remember
    /// the first and last time of its open episode: up to ``capacity`` bytes.
    struct TimeText: Sendable {
        /// The most bytes a timestamp may have.
        static let capacity = 40

        private var words: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        /// The number of bytes; 0 when there is no timestamp.
        private(set) var count: UInt8 = 0

        /// No timestamp.
        init() {}

        /// Copies `count` bytes at `p` (at most ``capacity``).
        @inline(__always)
        init(_ p: UnsafePointer<UInt8>, count: Int) {
            let n = min(count, Self.capacity)
            self.count = UInt8(n)
            withUnsafeMutableBytes(of: &words) { raw in
                raw.baseAddress?.copyMemory(from: p, byteCount: n)
            }
        }

        /// Copies `count` bytes at `p` (at most ``capacity``), reading ``capacity`` bytes whatever
        /// `count` is — five word loads instead of a call to `memcpy`, for the copy made on every line.
        /// `p` must have ``capacity`` readable bytes (a chunk buffer's padding covers what is past its
        /// content). The bytes kept past `count` mean nothing and are never read.
        @inline(__always)
        init(padded p: UnsafePointer<UInt8>, count: Int) {
            let n = min(count, Self.capacity)
            self.count = UInt8(n)
            let raw = UnsafeRawPointer(p)
            words = (
                raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 32, as: UInt64.self)
            )
        }

        /// Whether there is a timestamp.
        var isPresent: Bool { count > 0 }

        /// The text, or `nil` when there is none.
        var string: String? {
            guard count > 0 else { return nil }
            var copy = words
            return withUnsafeBytes(of: &copy) { raw in
                String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<Int(count)]), as: UTF8.self)
            }
        }
    }
}
