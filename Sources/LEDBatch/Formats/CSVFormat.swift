extension BatchDiagnoser {
    /// Reads comma-separated lines under a header that names the columns, in any order: `time` (or `ts`,
    /// `t`), `device`, `model` (optional), `color` (or `led`), `state`; other columns are ignored. Fields
    /// may be quoted (`"porch, front"`, `""` for a quote inside); spaces around unquoted fields are
    /// dropped. A record is one line: a line break inside quotes is not supported.
    ///
    /// Set up per input from its first content line, the header (``sniff(_:in:)``); the header line is
    /// skipped, or rejected with what is wrong with it, and with no usable header every record is rejected.
    struct CSVFormat: LineFormat, Hashable {
        /// The header's columns; `nil` when the header is unusable.
        var columns: Columns?
        /// The header's 0-based line index, in the chunk being read (-1 past the input's first chunk).
        var headerLine = -1
        /// What is wrong with the header, when it is unusable.
        var headerProblem: LineProblem?

        /// The same format for the input's later chunks, which do not hold the header.
        var pastHeader: CSVFormat {
            CSVFormat(columns: columns)
        }

        /// Skips or rejects the header line; reads a record with the header's columns.
        @inline(__always)
        func parse(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, lineIndex: Int,
            dayCache: inout BatchTimestamp.DayCache, into line: inout Line
        ) -> LineOutcome {
            if lineIndex == headerLine {
                if let headerProblem { return .rejected(headerProblem) }
                return .skipped
            }
            return readAndCheck(base, start, end, dayCache: &dayCache, into: &line)
        }

        /// Finds the fields of the record `base[start..<end]` with the header's columns.
        @inline(__always)
        func read(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, into fields: inout Fields
        ) -> LineProblem? {
            guard let columns else { return .noUsableHeader }
            return columns.read(base, start, end, into: &fields)
        }

        /// Reads the first sampled line as the header, then scores the rest (a usable header counts as one).
        static func sniff(
            _ lines: [SampleLine], in base: UnsafeMutablePointer<UInt8>
        ) -> (format: CSVFormat, score: Int) {
            var format = CSVFormat()
            guard let header = lines.first else { return (format, 0) }
            format.headerLine = header.index
            switch Columns.header(base, header.start, header.end) {
            case .success(let columns):
                format.columns = columns
                return (format, 1 + format.score(lines.dropFirst(), in: base))
            case .failure(let problem):
                format.headerProblem = problem
                return (format, 0)
            }
        }
    }
}

extension BatchDiagnoser.CSVFormat {
    /// Where the fields are in a record: the columns a CSV header names.
    struct Columns: Sendable, Hashable {
        /// The column of each field (0-based); `model` is `nil` when the header has none.
        var time: Int
        var device: Int
        var model: Int?
        var color: Int
        var state: Int
        /// The number of columns the header names.
        var columns: Int

        /// The reader for a header line, or a message naming what the header lacks or names twice.
        static func header(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int
        ) -> Result<Columns, BatchDiagnoser.LineProblem> {
            var time: Int?
            var device: Int?
            var model: Int?
            var color: Int?
            var state: Int?
            var column = 0
            var i = start
            var problem: BatchDiagnoser.LineProblem?
            // The name each used column had, for the message about a column named twice.
            var names: [String: String] = [:]
            // A used column named twice makes every record ambiguous: the header is unusable.
            func take(_ slot: inout Int?, _ field: String, _ span: BatchDiagnoser.ByteSpan) {
                let name = span.string(in: base)
                if slot != nil {
                    if problem == nil {
                        problem = .headerRepeats(column: field, first: names[field] ?? field, second: name)
                    }
                } else {
                    slot = column
                    names[field] = name
                }
            }
            forEachField(base, start, end, from: &i) { span in
                let trimmed = span
                if trimmed.equals("time", in: base, ignoringCase: true)
                    || trimmed.equals("ts", in: base, ignoringCase: true)
                    || trimmed.equals("t", in: base, ignoringCase: true)
                    || trimmed.equals("timestamp", in: base, ignoringCase: true)
                {
                    take(&time, "time", trimmed)
                } else if trimmed.equals("device", in: base, ignoringCase: true) {
                    take(&device, "device", trimmed)
                } else if trimmed.equals("model", in: base, ignoringCase: true) {
                    take(&model, "model", trimmed)
                } else if trimmed.equals("color", in: base, ignoringCase: true)
                    || trimmed.equals("colour", in: base, ignoringCase: true)
                    || trimmed.equals("led", in: base, ignoringCase: true)
                {
                    take(&color, "color", trimmed)
                } else if trimmed.equals("state", in: base, ignoringCase: true) {
                    take(&state, "state", trimmed)
                }
                column += 1
            } failure: { message in
                problem = problem ?? message
            }
            if let problem { return .failure(problem) }
            var missing: [String] = []
            if time == nil { missing.append("time") }
            if device == nil { missing.append("device") }
            if color == nil { missing.append("color") }
            if state == nil { missing.append("state") }
            guard let time, let device, let color, let state else {
                return .failure(.headerLacks(columns: missing))
            }
            return .success(
                Columns(time: time, device: device, model: model, color: color, state: state, columns: column))
        }

        /// Finds the fields of the record `base[start..<end]`; returns a message when it has too few columns or
        /// bad quoting.
        @inline(__always)
        func read(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, into fields: inout BatchDiagnoser.Fields
        ) -> BatchDiagnoser.LineProblem? {
            var column = 0
            var i = start
            var problem: BatchDiagnoser.LineProblem?
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
                return .columnCount(expected: columns, found: column)
            }
            return nil
        }

        /// Calls `body` with each field of `base[start..<end]` (quotes decoded in place, blanks trimmed).
        @inline(__always)
        private static func forEachField(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, from i: inout Int,
            _ body: (BatchDiagnoser.ByteSpan) -> Void, failure: (BatchDiagnoser.LineProblem) -> Void
        ) {
            while true {
                i = BatchDiagnoser.ByteScan.pastBlanks(base, from: i, end: end)
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
                        failure(.unterminatedQuotedField)
                        return
                    }
                    i = BatchDiagnoser.ByteScan.pastBlanks(base, from: i, end: end)
                    guard i == end || base[i] == UInt8(ascii: ",") else {
                        failure(.textAfterQuotedField)
                        return
                    }
                    body(BatchDiagnoser.ByteSpan(start: valueStart, count: out - valueStart))
                } else {
                    let valueStart = i
                    let comma = UInt8(ascii: ",")
                    i = BatchDiagnoser.ByteScan.first(of: comma, comma, comma, in: base, from: i, end: end)
                    let valueEnd = BatchDiagnoser.ByteScan.beforeBlanks(base, from: i, start: valueStart)
                    body(BatchDiagnoser.ByteSpan(start: valueStart, count: valueEnd - valueStart))
                }
                if i == end { return }
                i += 1  // the comma
            }
        }
    }
}
