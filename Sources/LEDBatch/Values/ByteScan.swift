extension BatchDiagnoser {
    /// Finds bytes in a chunk buffer: given bytes eight at a time (the buffers have readable padding
    /// after every line, ``Chunk/padding``, so a word may be read across a line's end; a byte found past
    /// `end` counts as not found), and the ends of runs of blanks (spaces and tabs) byte by byte.
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

        /// The offset of the first byte at or after `i` that is not a space or tab, or `end`.
        @inline(__always)
        static func pastBlanks(_ base: UnsafeMutablePointer<UInt8>, from i: Int, end: Int) -> Int {
            var i = i
            while i < end, base[i] == 0x20 || base[i] == 0x09 { i += 1 }
            return i
        }

        /// `end` moved back over the spaces and tabs just before it, but not below `start`.
        @inline(__always)
        static func beforeBlanks(_ base: UnsafeMutablePointer<UInt8>, from end: Int, start: Int) -> Int {
            var end = end
            while end > start, base[end - 1] == 0x20 || base[end - 1] == 0x09 { end -= 1 }
            return end
        }
    }
}
