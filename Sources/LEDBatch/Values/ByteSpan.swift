extension BatchDiagnoser {
    /// A run of bytes inside a chunk buffer: `start` is the offset from the buffer's base, `count` the length.
    /// A `count` of 0 means "absent" for optional fields.
    struct ByteSpan: Sendable, Hashable {
        var start: Int
        var count: Int

        /// No bytes.
        static let none = ByteSpan(start: 0, count: 0)

        @inline(__always)
        init(start: Int, count: Int) {
            self.start = start
            self.count = count
        }

        /// Whether the span holds bytes.
        @inline(__always)
        var isPresent: Bool { count > 0 }

        /// Whether the bytes at `base` are `literal` (ASCII, compared without case when `ignoringCase`).
        @inline(__always)
        func equals(_ literal: StaticString, in base: UnsafePointer<UInt8>, ignoringCase: Bool = false) -> Bool {
            guard literal.utf8CodeUnitCount == count else { return false }
            let other = literal.utf8Start
            for i in 0..<count {
                var byte = base[start + i]
                if ignoringCase, byte >= 65, byte <= 90 { byte |= 0x20 }
                if byte != other[i] { return false }
            }
            return true
        }

        /// The bytes as a string (invalid UTF-8 replaced).
        func string(in base: UnsafePointer<UInt8>) -> String {
            String(decoding: UnsafeBufferPointer(start: base + start, count: count), as: UTF8.self)
        }
    }
}
