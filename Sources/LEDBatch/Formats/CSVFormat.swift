extension BatchDiagnoser {
    /// Reads comma-separated lines under a header that names the columns, in any order: `time` (or `ts`,
    /// `t`), `device`, `model` (optional), `color` (or `led`), `state`; other columns are ignored. Fields
    /// may be quoted (`"porch, front"`, `""` for a quote inside); spaces around unquoted fields are
    /// dropped. A record is one line: a line break inside quotes is not supported.
    struct CSVFormat: Sendable, Hashable {
        /// The column of each field (0-based); `model` is `nil` when the header has none.
        var time: Int
        var device: Int
        var model: Int?
        var color: Int
        var state: Int
        /// The number of columns the header names.
        var columns: Int

        /// The reader for a header line, or a message naming what the header lacks.
        static func header(_ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int) -> Result<CSVFormat, LineMessage> {
            var time: Int?, device: Int?, model: Int?, color: Int?, state: Int?
            var column = 0
            var i = start
            var problem: String?
            forEachField(base, start, end, from: &i) { span in
                let trimmed = span
                if trimmed.equals("time", in: base, ignoringCase: true) || trimmed.equals("ts", in: base, ignoringCase: true)
                    || trimmed.equals("t", in: base, ignoringCase: true) || trimmed.equals("timestamp", in: base, ignoringCase: true) {
                    time = time ?? column
                } else if trimmed.equals("device", in: base, ignoringCase: true) {
                    device = device ?? column
                } else if trimmed.equals("model", in: base, ignoringCase: true) {
                    model = model ?? column
                } else if trimmed.equals("color", in: base, ignoringCase: true) || trimmed.equals("colour", in: base, ignoringCase: true)
                    || trimmed.equals("led", in: base, ignoringCase: true) {
                    color = color ?? column
                } else if trimmed.equals("state", in: base, ignoringCase: true) {
                    state = state ?? column
                }
                column += 1
            } failure: { message in
                problem = message
            }
            if let problem { return .failure(LineMessage(problem)) }
            var missing: [String] = []
            if time == nil { missing.append("time") }
            if device == nil { missing.append("device") }
            if color == nil { missing.append("color") }
            if state == nil { missing.append("state") }
            guard let time, let device, let color, let state else {
                return .failure(LineMessage("the CSV header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))"))
            }
            return .success(CSVFormat(time: time, device: device, model: model, color: color, state: state, columns: column))
        }

        /// Finds the fields of the record `base[start..<end]`; returns a message when it has too few columns or bad quoting.
        @inline(__always)
        func read(_ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, into fields: inout Fields) -> String? {
            var column = 0
            var i = start
            var problem: String?
            Self.forEachField(base, start, end, from: &i) { span in
                if column == time {
                    fields.time = span
                } else if column == device {
                    fields.device = span
                } else if column == color {
                    fields.color = span
                } else if column == state {
                    fields.state = span
                } else if column == model {
                    fields.model = span
                }
                column += 1
            } failure: { message in
                problem = message
            }
            if let problem { return problem }
            let needed = max(time, device, color, state) + 1
            if column < needed {
                return "expected \(columns) columns, found \(column)"
            }
            return nil
        }

        /// Calls `body` with each field of `base[start..<end]` (quotes decoded in place, blanks trimmed).
        @inline(__always)
        private static func forEachField(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, from i: inout Int,
            _ body: (ByteSpan) -> Void, failure: (String) -> Void
        ) {
            while true {
                while i < end, base[i] == 0x20 || base[i] == 0x09 { i += 1 }
                if i < end, base[i] == UInt8(ascii: "\"") {
                    let valueStart = i
                    var out = i
                    i += 1
                    var closed = false
                    while i < end {
                        let byte = base[i]
                        if byte == UInt8(ascii: "\"") {
                            if i + 1 < end, base[i + 1] == UInt8(ascii: "\"") {
                                base[out] = byte
                                out += 1
                                i += 2
                                continue
                            }
                            i += 1
                            closed = true
                            break
                        }
                        base[out] = byte
                        out += 1
                        i += 1
                    }
                    guard closed else {
                        failure("unterminated quoted field")
                        return
                    }
                    while i < end, base[i] == 0x20 || base[i] == 0x09 { i += 1 }
                    guard i == end || base[i] == UInt8(ascii: ",") else {
                        failure("text after the closing quote of a field")
                        return
                    }
                    body(ByteSpan(start: valueStart, count: out - valueStart))
                } else {
                    let valueStart = i
                    i = ByteScan.first(of: UInt8(ascii: ","), UInt8(ascii: ","), UInt8(ascii: ","), in: base, from: i, end: end)
                    var valueEnd = i
                    while valueEnd > valueStart, base[valueEnd - 1] == 0x20 || base[valueEnd - 1] == 0x09 { valueEnd -= 1 }
                    body(ByteSpan(start: valueStart, count: valueEnd - valueStart))
                }
                if i == end { return }
                i += 1  // the comma
            }
        }
    }
}
