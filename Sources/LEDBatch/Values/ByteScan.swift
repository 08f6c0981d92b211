extension BatchDiagnoser {
    /// Finds bytes in a chunk buffer eight at a time. The buffers have readable padding after every
    /// line (``Chunk/padding``), so a word may be read across a line's end; a byte found past
    /// `end` counts as not found.
    enum ByteScan {
        private static let ones: UInt64 = 0x0101_0101_0101_0101
        private static let highs: UInt64 = 0x8080_8080_8080_8080

        /// The offset of the first byte at or after `i` that is `a`, `b` or `c`, or `end`.
        @inline(__always)
        static func first(
            of a: UInt8, _ b: UInt8, _ c: UInt8, in base: UnsafeMutablePointer<UInt8>, from i: Int, end: Int
        ) -> Int {
            let raw = UnsafeRawPointer(base)
            var i = i
            while i < end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let xa = word ^ (UInt64(a) &* ones)
                let xb = word ^ (UInt64(b) &* ones)
                let xc = word ^ (UInt64(c) &* ones)
                let found = ((xa &- ones) & ~xa | (xb &- ones) & ~xb | (xc &- ones) & ~xc) & highs
                if found != 0 {
                    // The lowest flagged byte is exact (later ones may be false positives).
                    return min(i + found.trailingZeroBitCount >> 3, end)
                }
                i += 8
            }
            return end
        }
    }
}
