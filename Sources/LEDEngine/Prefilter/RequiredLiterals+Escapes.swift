extension RequiredLiterals.Reader {
    typealias Info = RequiredLiterals.Info
    typealias Unsupported = RequiredLiterals.Unsupported

    /// After `[`: a class, read to its `]`. A class of a few plain characters (`[ &]`) is an exact set;
    /// any other (ranges, negation, escapes, POSIX names) is unknown.
    mutating func characterClass() throws(Unsupported) -> Info {
        var members: RequiredLiterals.LiteralSet = []
        var plain = true
        if next == UInt8(ascii: "^") {
            plain = false
            advance()
        }
        var first = true
        while let byte = next {
            if byte == UInt8(ascii: "]") && !first { break }
            first = false
            advance()
            switch byte {
            case UInt8(ascii: "\\"):
                guard let escaped = next else { throw Unsupported() }
                if escaped == UInt8(ascii: "Q") || escaped == UInt8(ascii: "E") { throw Unsupported() }
                advance()
                if Self.isPunctuation(escaped) { members.insert([escaped]) } else { plain = false }
            case UInt8(ascii: "["):
                if next == UInt8(ascii: ":") || next == UInt8(ascii: ".") || next == UInt8(ascii: "=") {
                    // `[:alpha:]` and the like, to their closing `:]`.
                    plain = false
                    while let inner = next, inner != UInt8(ascii: "]") { advance() }
                    guard next == UInt8(ascii: "]") else { throw Unsupported() }
                    advance()
                } else {
                    members.insert([byte])
                }
            case UInt8(ascii: "-"):
                if next != UInt8(ascii: "]") && !members.isEmpty { plain = false }  // a range
                members.insert([byte])
            default:
                if byte >= 0x80 { plain = false }
                members.insert([byte])
            }
        }
        guard next == UInt8(ascii: "]") else { throw Unsupported() }
        advance()
        guard plain, !members.isEmpty, members.count <= 4 else { return .unknown }
        return Info(exact: members, required: nil)
    }

    /// After `\`.
    mutating func escape() throws(Unsupported) -> Info {
        guard let byte = next else { throw Unsupported() }
        advance()
        switch byte {
        case UInt8(ascii: "Q"):
            var literal: [UInt8] = []
            while let inner = next {
                if inner == UInt8(ascii: "\\"), peekAfter == UInt8(ascii: "E") {
                    advance()
                    advance()
                    break
                }
                literal.append(inner)
                advance()
            }
            return Info(exact: [literal], required: literal.isEmpty ? nil : [literal])
        case UInt8(ascii: "E"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"),
            UInt8(ascii: "Z"), UInt8(ascii: "G"), UInt8(ascii: "K"):
            return .empty
        case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "w"), UInt8(ascii: "W"), UInt8(ascii: "s"),
            UInt8(ascii: "S"), UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "v"), UInt8(ascii: "V"),
            UInt8(ascii: "R"), UInt8(ascii: "N"), UInt8(ascii: "X"), UInt8(ascii: "C"):
            return .unknown
        case UInt8(ascii: "p"), UInt8(ascii: "P"):
            if next == UInt8(ascii: "{") {
                while let inner = next, inner != UInt8(ascii: "}") { advance() }
                guard next == UInt8(ascii: "}") else { throw Unsupported() }
            }
            advance()
            return .unknown
        case UInt8(ascii: "1")...UInt8(ascii: "9"):
            while let digit = next, digit >= 0x30, digit <= 0x39 { advance() }
            return .unknown  // a back reference: what it consumes is not known here
        case UInt8(ascii: "g"), UInt8(ascii: "k"):
            // `\g{…}`, `\g<…>`, `\g'…'`, `\gN`, `\g-N`, `\k<…>`, `\k'…'`, `\k{…}`: back references (and
            // subroutine calls, which a catalog refuses).
            let open = next
            let close: UInt8? =
                switch open {
                case UInt8(ascii: "{"): UInt8(ascii: "}")
                case UInt8(ascii: "<"): UInt8(ascii: ">")
                case UInt8(ascii: "'"): UInt8(ascii: "'")
                default: nil
                }
            if let close {
                advance()
                while let inner = next, inner != close { advance() }
                guard next == close else { throw Unsupported() }
                advance()
            } else {
                if next == UInt8(ascii: "-") || next == UInt8(ascii: "+") { advance() }
                while let digit = next, digit >= 0x30, digit <= 0x39 { advance() }
            }
            return .unknown
        case UInt8(ascii: "n"): return .literal(0x0A)
        case UInt8(ascii: "t"): return .literal(0x09)
        case UInt8(ascii: "r"): return .literal(0x0D)
        case UInt8(ascii: "f"): return .literal(0x0C)
        case UInt8(ascii: "e"): return .literal(0x1B)
        case UInt8(ascii: "a"): return .literal(0x07)
        case UInt8(ascii: "x"):
            var digits: [UInt8] = []
            if next == UInt8(ascii: "{") {
                advance()
                while let inner = next, inner != UInt8(ascii: "}") {
                    digits.append(inner)
                    advance()
                }
                guard next == UInt8(ascii: "}") else { throw Unsupported() }
                advance()
            } else {
                while digits.count < 2, let inner = next, Self.hexValue(inner) != nil {
                    digits.append(inner)
                    advance()
                }
            }
            var value = 0
            for digit in digits {
                guard let nibble = Self.hexValue(digit), value < 0x80 else { throw Unsupported() }
                value = value * 16 + nibble
            }
            guard value < 0x80 else { throw Unsupported() }  // a code point beyond ASCII: its bytes are not followed
            return .literal(UInt8(value))
        default:
            guard Self.isPunctuation(byte) else { throw Unsupported() }
            return .literal(byte)
        }
    }

    /// An ASCII character that is neither a letter, a digit nor a control: escaped, it stands for itself.
    static func isPunctuation(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && !(byte >= 0x30 && byte <= 0x39) && !(byte >= 0x41 && byte <= 0x5A)
            && !(byte >= 0x61 && byte <= 0x7A)
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }
}
