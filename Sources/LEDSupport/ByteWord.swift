/// Eight bytes at a time: tests on a `UInt64` holding eight bytes as laid out in memory (read
/// little-endian), shared by the code that writes JSON strings and the code that reads them.
package enum ByteWord {
    /// The high bits of the bytes of `word` that are `"`, `\` or a control character (below 0x20): the
    /// bytes that end a run of plain bytes in a JSON string, whether writing one (they are escaped) or
    /// reading one (they close it or start an escape). The lowest flag is exact; flags above it may be
    /// false (a borrow from a lower byte), so zero means none of the eight bytes is one of them.
    @inlinable @inline(__always)
    package static func jsonStringStops(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        // A byte is zero in `x` when `(x - 1) & ~x` has its high bit; below 0x20 likewise with 0x20.
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control) & highs
    }
}
