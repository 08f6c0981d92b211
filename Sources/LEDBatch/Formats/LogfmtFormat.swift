extension BatchDiagnoser {
    /// Reads logfmt lines: `key=value` pairs separated by spaces, in any order. Keys: `ts` (or `time`,
    /// `t`), `device`, `model`, `led` (or `color`), `state`; others are ignored. Values may be quoted
    /// (`device="porch cam"`, with `\"` and `\\` escapes). Keys and plain values are scanned eight bytes
    /// at a time (``ByteScan``).
    struct LogfmtFormat: StatelessLineFormat {
        /// Finds the fields of the line `base[start..<end]`; says what is wrong when one is missing or malformed.
        func read(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, into fields: inout Fields
        ) -> LineProblem? {
            var i = start
            var used = UsedKeys()
            while true {
                i = ByteScan.pastBlanks(base, from: i, end: end)
                if i == end { break }
                let keyStart = i
                i = ByteScan.first(of: 0x20, 0x09, UInt8(ascii: "="), in: base, from: i, end: end)
                let key = ByteSpan(start: keyStart, count: i - keyStart)
                guard i < end, base[i] == UInt8(ascii: "=") else { continue }  // a bare key: ignored
                i += 1
                var value: ByteSpan
                if i < end, base[i] == UInt8(ascii: "\"") {
                    guard let quoted = Self.unquote(base, from: &i, end: end) else {
                        return .unterminatedQuotedValue(key: key.string(in: base))
                    }
                    value = quoted
                    guard i == end || base[i] == 0x20 || base[i] == 0x09 else {
                        return .textAfterQuotedValue(key: key.string(in: base))
                    }
                } else {
                    let valueStart = i
                    i = PlainFormat.nextBlank(base, from: i, end: end)
                    value = ByteSpan(start: valueStart, count: i - valueStart)
                }
                var field: UsedKeys.Field?
                switch key.count {
                case 1: if base[key.start] == UInt8(ascii: "t") { field = .time }
                case 2: if key.equals("ts", in: base) { field = .time }
                case 3: if key.equals("led", in: base) { field = .color }
                case 4: if key.equals("time", in: base) { field = .time }
                case 5:
                    if key.equals("model", in: base) {
                        field = .model
                    } else if key.equals("state", in: base) {
                        field = .state
                    } else if key.equals("color", in: base) {
                        field = .color
                    }
                case 6: if key.equals("device", in: base) { field = .device }
                default: break
                }
                guard let field else { continue }
                // A key given twice makes the line ambiguous: rejected, not guessed (docs/reliability.md).
                if let problem = used.record(field, key: key, in: base, isJSON: false) { return problem }
                switch field {
                case .time: fields.time = value
                case .device: fields.device = value
                case .model: fields.model = value
                case .color: fields.color = value
                case .state: fields.state = value
                }
            }
            if !fields.time.isPresent { return .missingField("ts=") }
            if !fields.device.isPresent { return .missingField("device=") }
            if !fields.color.isPresent { return .missingField("led=") }
            if !fields.state.isPresent { return .missingField("state=") }
            return nil
        }

        /// Decodes the quoted value starting at `i` (on the opening quote) in place; moves `i` past the closing quote.
        private static func unquote(_ base: UnsafeMutablePointer<UInt8>, from i: inout Int, end: Int) -> ByteSpan? {
            let valueStart = i
            var out = i
            i += 1
            while i < end {
                let byte = base[i]
                if byte == UInt8(ascii: "\"") {
                    i += 1
                    return ByteSpan(start: valueStart, count: out - valueStart)
                }
                if byte == UInt8(ascii: "\\"), i + 1 < end {
                    let next = base[i + 1]
                    switch next {
                    case UInt8(ascii: "n"): base[out] = 0x0A
                    case UInt8(ascii: "t"): base[out] = 0x09
                    case UInt8(ascii: "r"): base[out] = 0x0D
                    default: base[out] = next
                    }
                    i += 2
                } else {
                    base[out] = byte
                    i += 1
                }
                out += 1
            }
            return nil
        }
    }
}
