/// LED colour words in logs (`red`, `Blue`, …) to colours, without building strings.
enum BatchColorWord {
    /// Colours by index; the order of ``LEDColor/allCases``.
    static let colors: [LEDColor] = LEDColor.allCases

    /// The index in ``colors`` of the colour named by `span` (ASCII, any case), or `nil`.
    @inline(__always)
    static func index(_ span: BatchSpan, in base: UnsafePointer<UInt8>) -> UInt8? {
        guard span.count >= 3, span.count <= 6 else { return nil }
        switch base[span.start] | 0x20 {
        case UInt8(ascii: "a"): return span.equals("amber", in: base, ignoringCase: true) ? 0 : nil
        case UInt8(ascii: "b"): return span.equals("blue", in: base, ignoringCase: true) ? 1 : nil
        case UInt8(ascii: "g"): return span.equals("green", in: base, ignoringCase: true) ? 2 : nil
        case UInt8(ascii: "p"): return span.equals("purple", in: base, ignoringCase: true) ? 3 : nil
        case UInt8(ascii: "r"): return span.equals("red", in: base, ignoringCase: true) ? 4 : nil
        case UInt8(ascii: "w"): return span.equals("white", in: base, ignoringCase: true) ? 5 : nil
        case UInt8(ascii: "y"): return span.equals("yellow", in: base, ignoringCase: true) ? 6 : nil
        default: return nil
        }
    }
}
