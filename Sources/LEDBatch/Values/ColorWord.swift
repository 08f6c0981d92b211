import LEDCore

extension BatchDiagnoser {
    /// LED colour words in logs (`red`, `Blue`, …) to colours, without building strings.
    enum ColorWord {
        /// Colours by index; the order of ``LEDColor/allCases``.
        static let colors: [LEDColor] = LEDColor.allCases

        /// The colour at `index` of ``colors`` (a switch: no global array access per line).
        @inline(__always)
        static func color(_ index: UInt8) -> LEDColor {
            switch index {
            case 0: return .amber
            case 1: return .blue
            case 2: return .green
            case 3: return .purple
            case 4: return .red
            case 5: return .white
            default: return .yellow
            }
        }

        /// The index in ``colors`` of the colour named by `span` (ASCII, any case), or `nil`: the word,
        /// lower-cased, is compared with each colour's bytes as one little-endian integer.
        @inline(__always)
        static func index(_ span: ByteSpan, in base: UnsafePointer<UInt8>) -> UInt8? {
            guard span.count >= 3, span.count <= 6 else { return nil }
            return index(lowercasedWord: lowercased(base + span.start, count: span.count))
        }

        /// The index in ``colors`` of the colour whose bytes, as ``lowercased(_:count:)`` packs them, are `word`.
        @inline(__always)
        static func index(lowercasedWord word: UInt64) -> UInt8? {
            switch word {
            case 0x72_6562_6d61 /* amber */: return 0
            case 0x6575_6c62 /* blue */: return 1
            case 0x6e_6565_7267 /* green */: return 2
            case 0x656c_7072_7570 /* purple */: return 3
            case 0x64_6572 /* red */: return 4
            case 0x65_7469_6877 /* white */: return 5
            case 0x776f_6c6c_6579 /* yellow */: return 6
            default: return nil
            }
        }

        /// Whether `span` is `on` / `off` (any case): `true`, `false`, or `nil` for anything else.
        @inline(__always)
        static func state(_ span: ByteSpan, in base: UnsafePointer<UInt8>) -> Bool? {
            guard span.count == 2 || span.count == 3 else { return nil }
            let word = lowercased(base + span.start, count: span.count)
            if word == 0x6e6f /* on */ { return true }
            if word == 0x66_666f /* off */ { return false }
            return nil
        }

        /// Up to 8 bytes as a little-endian integer with ASCII letters' case bit set (`0x20`); a
        /// non-letter never becomes a letter this way, so comparing with lower-case words is exact.
        @inline(__always)
        static func lowercased(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
            var word: UInt64 = 0
            for i in 0..<min(count, 8) { word |= UInt64(p[i] | 0x20) << UInt64(i * 8) }
            return word
        }

    }
}
