import LEDSupport

extension BatchDiagnoser {
    /// Reads one JSON object per line: `{"time": …, "device": …, "model": …, "color": …, "state": …}`.
    /// `ts`/`t` are accepted for `time` and `led` for `color`; `time` may be a string or a number
    /// (exponents too; within ``BatchTimestamp/range`` like every time), `device` a string or a number
    /// (taken as written), `state` `"on"`/`"off"` or a boolean, `model` may be `null`; a member of another
    /// type is an error.
    /// A member the reader uses given twice (or under two of its names) rejects the line. Other members
    /// (of any type, nested too, repeated or not) are ignored. Strings are decoded in place (all JSON
    /// escapes, `\u` surrogate pairs included).
    struct JSONLinesFormat: StatelessLineFormat {
        /// Finds the fields of the line `base[start..<end]`; says what is wrong when it is not such an object.
        func read(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, into fields: inout Fields
        ) -> LineProblem? {
            var i = ByteScan.pastBlanks(base, from: start, end: end)
            guard i < end, base[i] == UInt8(ascii: "{") else { return .json(.notObject) }
            i += 1
            i = ByteScan.pastBlanks(base, from: i, end: end)
            var used = UsedKeys()
            if i < end, base[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    i = ByteScan.pastBlanks(base, from: i, end: end)
                    guard i < end, base[i] == UInt8(ascii: "\"") else { return .json(.memberName) }
                    guard let key = Self.string(base, &i, end) else { return .json(.badMemberName) }
                    i = ByteScan.pastBlanks(base, from: i, end: end)
                    guard i < end, base[i] == UInt8(ascii: ":") else { return .json(.colon) }
                    i += 1
                    i = ByteScan.pastBlanks(base, from: i, end: end)
                    guard i < end else { return .json(.missingValue) }
                    let first = base[i]
                    var value = ByteSpan.none
                    var kind = ValueKind.nested
                    switch first {
                    case UInt8(ascii: "\""):
                        guard let decoded = Self.string(base, &i, end) else { return .json(.badString) }
                        value = decoded
                        kind = .string
                    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        let valueStart = i
                        while i < end, Self.isNumberByte(base[i]) { i += 1 }
                        value = ByteSpan(start: valueStart, count: i - valueStart)
                        kind = .number
                    case UInt8(ascii: "t"):
                        guard Self.literal(base, &i, end, "true") else { return .json(.badLiteral) }
                        kind = .boolean(true)
                    case UInt8(ascii: "f"):
                        guard Self.literal(base, &i, end, "false") else { return .json(.badLiteral) }
                        kind = .boolean(false)
                    case UInt8(ascii: "n"):
                        guard Self.literal(base, &i, end, "null") else { return .json(.badLiteral) }
                        kind = .null
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        guard Self.skipNested(base, &i, end) else { return .json(.unbalanced) }
                    default:
                        return .json(.badValue)
                    }
                    if let problem = Self.take(key, value, kind, base, &used, &fields) { return problem }
                    i = ByteScan.pastBlanks(base, from: i, end: end)
                    guard i < end else { return .json(.unterminated) }
                    if base[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    guard base[i] == UInt8(ascii: "}") else { return .json(.separator) }
                    i += 1
                    break
                }
            }
            i = ByteScan.pastBlanks(base, from: i, end: end)
            guard i == end else { return .json(.trailingText) }
            if !fields.time.isPresent { return .missingField("\"time\"") }
            if !fields.device.isPresent { return .missingField("\"device\"") }
            if !fields.color.isPresent { return .missingField("\"color\"") }
            if !fields.state.isPresent, fields.stateFlag == nil { return .missingField("\"state\"") }
            return nil
        }

        /// What is wrong with a JSON line, worded as its raw value.
        enum Problem: String, Sendable, Hashable {
            case notObject = "expected a JSON object"
            case memberName = "expected a member name in quotes"
            case badMemberName = "bad string in a member name"
            case colon = "expected ':' after a member name"
            case missingValue = "missing value"
            case badString = "bad string value"
            case badLiteral = "bad literal"
            case unbalanced = "unbalanced nested value"
            case badValue = "bad value"
            case ledType = "\"led\" must be a string"
            case modelType = "\"model\" must be a string or null"
            case stateType = "\"state\" must be \"on\", \"off\" or a boolean"
            case colorType = "\"color\" must be a string"
            case deviceType = "\"device\" must be a string or a number"
            case timeType = "\"time\" must be a string or a number"
            case unterminated = "unterminated object"
            case separator = "expected ',' or '}'"
            case trailingText = "text after the JSON object"
        }

        /// What a member's value is.
        private enum ValueKind: Equatable {
            case string, number, boolean(Bool), null, nested
        }

        /// Takes the member `key` when the reader uses it: checks its type, and that no member gave its
        /// field before (a duplicate makes the line ambiguous: rejected, not guessed — docs/reliability.md).
        @inline(__always)
        private static func take(
            _ key: ByteSpan, _ value: ByteSpan, _ kind: ValueKind, _ base: UnsafeMutablePointer<UInt8>,
            _ used: inout UsedKeys, _ fields: inout Fields
        ) -> LineProblem? {
            let field: UsedKeys.Field
            switch key.count {
            case 1 where base[key.start] == UInt8(ascii: "t"): field = .time
            case 2 where key.equals("ts", in: base): field = .time
            case 3 where key.equals("led", in: base): field = .color
            case 4 where key.equals("time", in: base): field = .time
            case 5 where key.equals("model", in: base): field = .model
            case 5 where key.equals("state", in: base): field = .state
            case 5 where key.equals("color", in: base): field = .color
            case 6 where key.equals("device", in: base): field = .device
            default: return nil
            }
            if let problem = used.record(field, key: key, in: base, isJSON: true) { return problem }
            switch field {
            case .time:
                // A string (ISO-8601 or seconds) or a JSON number (exponents allowed).
                guard kind == .string || kind == .number else { return .json(.timeType) }
                fields.time = value
            case .color:
                guard kind == .string else {
                    return key.count == 3 ? .json(.ledType) : .json(.colorType)
                }
                fields.color = value
            case .model:
                guard kind == .string || kind == .number || kind == .null else { return .json(.modelType) }
                fields.model = value
            case .state:
                switch kind {
                case .string: fields.state = value
                case .boolean(let on): fields.stateFlag = on
                default: return .json(.stateType)
                }
            case .device:
                // Numeric device ids are common: a number is the name as written.
                guard kind == .string || kind == .number else { return .json(.deviceType) }
                fields.device = value
            }
            return nil
        }

        @inline(__always)
        private static func isNumberByte(_ byte: UInt8) -> Bool {
            (byte &- 48) < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        }

        private static func literal(
            _ base: UnsafeMutablePointer<UInt8>, _ i: inout Int, _ end: Int, _ word: StaticString
        ) -> Bool {
            let count = word.utf8CodeUnitCount
            guard end - i >= count, ByteSpan(start: i, count: count).equals(word, in: base) else { return false }
            i += count
            return true
        }

        /// Skips an object or array (strings inside may hold brackets).
        private static func skipNested(_ base: UnsafeMutablePointer<UInt8>, _ i: inout Int, _ end: Int) -> Bool {
            var depth = 0
            while i < end {
                let byte = base[i]
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 {
                        i += 1
                        return true
                    }
                case UInt8(ascii: "\""):
                    i += 1
                    while i < end, base[i] != UInt8(ascii: "\"") {
                        if base[i] == UInt8(ascii: "\\") { i += 1 }
                        i += 1
                    }
                default:
                    break
                }
                i += 1
            }
            return false
        }

        /// Decodes the string starting at `i` (on its opening quote) in place, moving `i` past the closing quote.
        @inline(__always)
        private static func string(_ base: UnsafeMutablePointer<UInt8>, _ i: inout Int, _ end: Int) -> ByteSpan? {
            i += 1
            let valueStart = i
            // Plain bytes skipped eight at a time, up to the first quote, backslash or control byte (the
            // chunk buffer has readable padding after the line; a flag past `end` counts as none).
            let raw = UnsafeRawPointer(base)
            while i < end {
                let flags = ByteWord.jsonStringStops(
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                if flags == 0 {
                    i += 8
                    continue
                }
                i += flags.trailingZeroBitCount >> 3
                break
            }
            i = min(i, end)
            // The common case: no escapes.
            while i < end {
                let byte = base[i]
                if byte == UInt8(ascii: "\"") {
                    let span = ByteSpan(start: valueStart, count: i - valueStart)
                    i += 1
                    return span
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { return nil }
                i += 1
            }
            var out = i
            while i < end {
                let byte = base[i]
                if byte == UInt8(ascii: "\"") {
                    i += 1
                    return ByteSpan(start: valueStart, count: out - valueStart)
                }
                if byte < 0x20 { return nil }
                if byte != UInt8(ascii: "\\") {
                    base[out] = byte
                    out += 1
                    i += 1
                    continue
                }
                guard i + 1 < end else { return nil }
                let escape = base[i + 1]
                i += 2
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): base[out] = escape
                case UInt8(ascii: "b"): base[out] = 0x08
                case UInt8(ascii: "f"): base[out] = 0x0C
                case UInt8(ascii: "n"): base[out] = 0x0A
                case UInt8(ascii: "r"): base[out] = 0x0D
                case UInt8(ascii: "t"): base[out] = 0x09
                case UInt8(ascii: "u"):
                    guard var scalar = hex4(base, i, end) else { return nil }
                    i += 4
                    if scalar >= 0xD800, scalar < 0xDC00 {
                        guard i + 6 <= end, base[i] == UInt8(ascii: "\\"), base[i + 1] == UInt8(ascii: "u"),
                            let low = hex4(base, i + 2, end), low >= 0xDC00, low < 0xE000
                        else { return nil }
                        i += 6
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if scalar >= 0xDC00, scalar < 0xE000 {
                        return nil
                    }
                    out += encodeUTF8(scalar, into: base + out)
                    continue
                default:
                    return nil
                }
                out += 1
            }
            return nil
        }

        private static func hex4(_ base: UnsafeMutablePointer<UInt8>, _ i: Int, _ end: Int) -> UInt32? {
            guard i + 4 <= end else { return nil }
            var value: UInt32 = 0
            for k in i..<(i + 4) {
                let byte = base[k]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
                default: return nil
                }
                value = value << 4 | digit
            }
            return value
        }

        /// Writes `scalar` as UTF-8 at `out`; returns the number of bytes (never more than the escape it replaces).
        private static func encodeUTF8(_ scalar: UInt32, into out: UnsafeMutablePointer<UInt8>) -> Int {
            switch scalar {
            case 0..<0x80:
                out[0] = UInt8(scalar)
                return 1
            case 0x80..<0x800:
                out[0] = UInt8(0xC0 | (scalar >> 6))
                out[1] = UInt8(0x80 | (scalar & 0x3F))
                return 2
            case 0x800..<0x10000:
                out[0] = UInt8(0xE0 | (scalar >> 12))
                out[1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                out[2] = UInt8(0x80 | (scalar & 0x3F))
                return 3
            default:
                out[0] = UInt8(0xF0 | (scalar >> 18))
                out[1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                out[2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                out[3] = UInt8(0x80 | (scalar & 0x3F))
                return 4
            }
        }
    }
}
