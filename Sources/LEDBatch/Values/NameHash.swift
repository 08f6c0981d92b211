extension BatchDiagnoser {
    /// A fast 64-bit hash of short byte strings (device names), a word at a time. Not cryptographic;
    /// it spreads devices over shards and hash-table slots.
    enum NameHash {
        /// The hash of `count` bytes at `p`. Reads whole words up to 7 bytes past the end, so the
        /// buffer must have that much padding (chunk buffers and the name arena do).
        @inline(__always)
        static func hash(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
            let raw = UnsafeRawPointer(p)
            var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: count)
            var i = 0
            while i + 8 <= count {
                h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            let rest = count - i
            if rest > 0 {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let mask: UInt64 = (1 << UInt64(rest * 8)) &- 1
                h = mix(h ^ (word & mask))
            }
            return mix(h ^ (h >> 29))
        }

        @inline(__always)
        private static func mix(_ x: UInt64) -> UInt64 {
            let m = x.multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
            return m.high ^ m.low
        }
    }
}
