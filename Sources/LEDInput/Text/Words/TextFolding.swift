/// Folds what people type with other keyboards onto the ASCII the vocabulary is written in: full-width
/// letters, digits and punctuation (`ｒｅｄ ｘ６` is `red x6`) and the decimal digits of other scripts
/// (`٦`, `६`, `৬` are `6`). The folded bytes keep a map back to the typed ones, so every span, caret
/// and reading still points at what was typed.
enum TextFolding {
    /// The folded bytes and, for each of their offsets (and the end), the offset in `bytes`; nil when
    /// nothing needs folding (the common case costs one scan for a non-ASCII lead byte).
    static func fold(_ bytes: [UInt8]) -> (bytes: [UInt8], origin: [Int])? {
        guard bytes.contains(where: { $0 >= 0xC0 }) else { return nil }
        var out: [UInt8] = []
        var origin: [Int] = []
        out.reserveCapacity(bytes.count)
        origin.reserveCapacity(bytes.count + 1)
        var changed = false
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                out.append(bytes[index])
                origin.append(index)
                index += 1
                continue
            }
            let (scalar, width) = TextTokenizer.decodeScalar(bytes, at: index)
            if let ascii = asciiEquivalent(of: scalar) {
                out.append(ascii)
                origin.append(index)
                changed = true
            } else {
                for offset in 0..<width {
                    out.append(bytes[index + offset])
                    origin.append(index + offset)
                }
            }
            index += width
        }
        origin.append(bytes.count)
        return changed ? (out, origin) : nil
    }

    /// The ASCII character a scalar stands for, if it is a full-width form or a decimal digit.
    static func asciiEquivalent(of scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0xFF01...0xFF5E:
            return UInt8(scalar.value - 0xFEE0)
        case 0x80...:
            guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
                value >= 0, value <= 9, value == value.rounded()
            else { return nil }
            return UInt8(ascii: "0") + UInt8(value)
        default:
            return nil
        }
    }
}
