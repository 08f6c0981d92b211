import LEDCore

/// Colours as bits of a `UInt8`, so per-colour state is a fixed table indexed by a small integer
/// rather than a dictionary. Bit `i` is `LEDColor.allCases[i]`; that order is alphabetical, the
/// order canonical strings write colours in.

enum TimelineColorMask {
    /// The number of colours (the size of per-colour tables).
    static let colorCount = 7
    /// The number of distinct masks (the size of per-mask tables).
    static let maskCount = 1 << colorCount
    /// Colours by bit index.
    static let colorsByIndex: [LEDColor] = [.amber, .blue, .green, .purple, .red, .white, .yellow]

    /// The colours of `mask`, in canonical (alphabetical) order.
    static func colors(in mask: UInt8) -> [LEDColor] {
        var result: [LEDColor] = []
        result.reserveCapacity(mask.nonzeroBitCount)
        var rest = mask
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            result.append(colorsByIndex[index])
            rest &= rest &- 1
        }
        return result
    }
}
