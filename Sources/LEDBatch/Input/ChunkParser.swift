#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension BatchDiagnoser {
    /// Splits a chunk into lines and reads each with its format's reader: blank lines, `#` comments and
    /// the CSV header are skipped, unreadable lines become ``Chunk.LineError``s, and usable lines go to the
    /// shard that owns their device (by the hash of its name). Runs on any worker, one chunk at a time;
    /// chunks are parsed in parallel.
    enum ChunkParser {
        /// Timestamps longer than this are rejected (they are kept inline per device).
        static let longestTimestamp = Int(TimeText.capacity)

        /// Parses `chunk` in place (quoted values are decoded inside the buffer).
        static func parse(_ chunk: Chunk, shardCount: Int) {
            if chunk.isOverlongLine {
                chunk.lines = 1
                chunk.errors.append(Chunk.LineError(lineIndex: 0, message: "line longer than \(chunk.capacity) bytes"))
                return
            }
            let base = chunk.base
            let end = chunk.count
            var line = Line.empty
            var dayCache = BatchTimestamp.DayCache()
            var lineIndex = 0
            // A UTF-8 byte-order mark at the start of a file is not part of line 1.
            var start = chunk.isFirstInFile && end >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
            var lastTime = Double.nan
            let format = chunk.format
            let csv = chunk.csv
            let headerLine = chunk.headerLine
            let shards = UInt64(shardCount)
            // Locals, not the chunk's properties, in the loop: no exclusivity checks per line. The lists
            // are one access for the whole loop, and appending to them has no copy-on-write check.
            var errors = chunk.errors
            chunk.errors = []
            var skipped = 0
            defer {
                chunk.errors = errors
                chunk.skipped += skipped
            }
            chunk.withShardLines { lists in
                while start < end {
                    let lineEnd: Int
                    if let newline = memchr(base + start, 0x0A, end - start) {
                        lineEnd = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                    } else {
                        lineEnd = end
                    }
                    defer {
                        lineIndex += 1
                        start = lineEnd + 1
                    }
                    var e = lineEnd
                    if e > start, base[e - 1] == 0x0D { e -= 1 }
                    var s = start
                    while s < e, base[s] == 0x20 || base[s] == 0x09 { s += 1 }
                    if s == e || base[s] == UInt8(ascii: "#") {
                        skipped += 1
                        continue
                    }
                    // The common case first: a well-formed plain line goes straight into `line`.
                    if format != .plain
                        || !(PlainFormat.readCommonLine(base, s, e, dayCache: &dayCache, into: &line)
                            || PlainFormat.readLine(base, s, e, dayCache: &dayCache, into: &line))
                    {
                        switch read(base, s, e, lineIndex: lineIndex, chunk: chunk, format: format, csv: csv, headerLine: headerLine,
                                    dayCache: &dayCache, into: &line) {
                        case .usable: break
                        case .skipped:
                            skipped += 1
                            continue
                        case .rejected(let message):
                            errors.append(Chunk.LineError(lineIndex: Int32(lineIndex), message: message))
                            continue
                        }
                    }
                    line.lineIndex = Int32(lineIndex)
                    let shard = shards == 1 ? 0 : Int((line.hash >> 33) % shards)
                    lists.append(line, shard: shard)
                    if !line.isObservation { lastTime = line.time }
                }
            }
            chunk.lines = lineIndex
            chunk.lastTime = lastTime
        }

        /// What became of a line.
        private enum Outcome {
            /// Packed into the line: usable.
            case usable
            /// Not a record (the CSV header).
            case skipped
            /// Unusable, and why.
            case rejected(String)
        }

        /// Reads the line `base[s..<e]` (not blank, not a comment) with its format's reader and checks its
        /// values into `line` — every format and every problem (well-formed plain lines take a shortcut).
        private static func read(
            _ base: UnsafeMutablePointer<UInt8>, _ s: Int, _ e: Int, lineIndex: Int, chunk: Chunk, format: BatchInputFormat,
            csv: CSVFormat?, headerLine: Int, dayCache: inout BatchTimestamp.DayCache, into line: inout Line
        ) -> Outcome {
            if format == .csv, csv == nil || lineIndex == headerLine {
                if lineIndex == headerLine, chunk.headerProblem == nil { return .skipped }
                return .rejected(lineIndex == headerLine ? (chunk.headerProblem ?? "bad CSV header") : "no usable CSV header")
            }
            var fields = Fields()
            let problem: String?
            switch format {
            case .plain: problem = PlainFormat.read(base, s, e, into: &fields)
            case .logfmt: problem = LogfmtFormat.read(base, s, e, into: &fields)
            case .csv:
                if let csv {
                    problem = csv.read(base, s, e, into: &fields)
                } else {
                    problem = "no usable CSV header"
                }
            case .jsonl: problem = JSONLinesFormat.read(base, s, e, into: &fields)
            case .typed: problem = TypedFormat.read(base, s, e, into: &fields)
            }
            if let problem { return .rejected(problem) }
            if let message = check(&fields, base: base, format: format, dayCache: &dayCache, into: &line) { return .rejected(message) }
            return .usable
        }

        /// Checks the values of a line's fields and packs them into `line` (all but its index); returns
        /// what is wrong instead when a value is not usable.
        @inline(__always)
        static func check(
            _ fields: inout Fields, base: UnsafeMutablePointer<UInt8>, format: BatchInputFormat, dayCache: inout BatchTimestamp.DayCache,
            into line: inout Line
        ) -> String? {
            let device = fields.device
            guard device.isPresent else { return "empty device name" }
            guard device.count <= Int(UInt16.max) else { return "device name longer than \(UInt16.max) bytes" }
            guard fields.model.count <= Int(UInt16.max) else { return "model name longer than \(UInt16.max) bytes" }
            var time = Double.nan
            if fields.time.isPresent {
                guard fields.time.count <= longestTimestamp,
                      let seconds = BatchTimestamp.seconds(base + fields.time.start, count: fields.time.count, cache: &dayCache)
                        ?? (fields.timeIsNumber ? BatchTimestamp.jsonNumber(base + fields.time.start, count: fields.time.count) : nil)
                else {
                    return "invalid time \(quoted(fields.time, base))"
                }
                time = seconds
            } else if format != .typed {
                return "missing time"
            }
            var color: UInt8 = 0
            var isOn = false
            if format != .typed {
                guard let index = ColorWord.index(fields.color, in: base) else {
                    return "unknown color \(quoted(fields.color, base)) (amber, blue, green, purple, red, white, yellow)"
                }
                color = index
                if let flag = fields.stateFlag {
                    isOn = flag
                } else if let state = ColorWord.state(fields.state, in: base) {
                    isOn = state
                } else {
                    return "state must be on or off, not \(quoted(fields.state, base))"
                }
            }
            line = Line(
                time: time, hash: NameHash.hash(base + device.start, count: device.count), lineIndex: 0, nameStart: Int32(device.start),
                modelStart: Int32(fields.model.start), timeStart: Int32(fields.time.start), textStart: Int32(fields.text.start),
                textCount: Int32(fields.text.count), nameCount: UInt16(device.count), modelCount: UInt16(fields.model.count),
                timeCount: UInt8(fields.time.count), color: color, isOn: isOn, isObservation: format == .typed)
            return nil
        }

        /// `"text"` for a message, cut at 40 bytes.
        static func quoted(_ span: ByteSpan, _ base: UnsafePointer<UInt8>) -> String {
            let cut = ByteSpan(start: span.start, count: min(span.count, 40))
            return "\"" + cut.string(in: base) + (span.count > 40 ? "…" : "") + "\""
        }
    }
}
