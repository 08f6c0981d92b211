import LEDSupport

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
                chunk.errors.append(Chunk.LineError(lineIndex: 0, problem: .overlong(capacity: chunk.capacity)))
                return
            }
            switch chunk.format {
            case .plain: parse(chunk, as: PlainFormat(), shardCount: shardCount)
            case .logfmt: parse(chunk, as: LogfmtFormat(), shardCount: shardCount)
            case .csv(let csv): parse(chunk, as: csv, shardCount: shardCount)
            case .jsonl: parse(chunk, as: JSONLinesFormat(), shardCount: shardCount)
            case .typed: parse(chunk, as: TypedFormat(), shardCount: shardCount)
            }
        }

        /// Parses `chunk` with `format`: one loop per format, specialised, so each line's reading is a
        /// direct call.
        private static func parse(_ chunk: Chunk, as format: some LineFormat, shardCount: Int) {
            let base = chunk.base
            let end = chunk.count
            var line = Line.empty
            var dayCache = BatchTimestamp.DayCache()
            var lineIndex = 0
            // A UTF-8 byte-order mark at the start of a file is not part of line 1.
            var start = chunk.isFirstInFile && end >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
            var lastTime = Double.nan
            let shards = UInt64(shardCount)
            // Locals, not the chunk's properties, in the loop: no exclusivity checks per line. The lists
            // are one access for the whole loop, and appending to them has no copy-on-write check.
            var errors = chunk.errors
            chunk.errors = []
            var skipped = 0
            let numbered = chunk.isNumbered
            var numbers = chunk.lineNumbers
            chunk.lineNumbers = []
            var lastNumber = 0
            defer {
                chunk.errors = errors
                chunk.skipped += skipped
                chunk.lineNumbers = numbers
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
                    var from = start
                    if numbered {
                        // BatchLineNumbers.prefixed: the line's own number, then the line proper.
                        if let (number, after) = LineNumberPrefix.read(base, start, e) {
                            lastNumber = number
                            from = after
                        }
                        numbers.append(lastNumber)
                        if from == start, ByteScan.pastBlanks(base, from: start, end: e) < e {
                            errors.append(Chunk.LineError(lineIndex: Int32(lineIndex), problem: .missingLineNumber))
                            continue
                        }
                    }
                    let s = ByteScan.pastBlanks(base, from: from, end: e)
                    if s == e || base[s] == UInt8(ascii: "#") {
                        skipped += 1
                        continue
                    }
                    switch format.parse(base, s, e, lineIndex: lineIndex, dayCache: &dayCache, into: &line) {
                    case .usable: break
                    case .skipped:
                        skipped += 1
                        continue
                    case .rejected(let problem):
                        errors.append(Chunk.LineError(lineIndex: Int32(lineIndex), problem: problem))
                        continue
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

        /// Checks the values of a line's fields and packs them into `line` (all but its index); says
        /// what is wrong instead when a value is not usable. A typed observation (``Fields/isObservation``)
        /// may have no time and has no colour or state.
        @inline(__always)
        static func check(
            _ fields: inout Fields, base: UnsafeMutablePointer<UInt8>,
            dayCache: inout BatchTimestamp.DayCache,
            into line: inout Line
        ) -> LineProblem? {
            let isObservation = fields.isObservation
            let device = fields.device
            guard device.isPresent else { return .emptyDevice }
            guard device.count <= Int(UInt16.max) else { return .nameTooLong(isModel: false) }
            guard fields.model.count <= Int(UInt16.max) else { return .nameTooLong(isModel: true) }
            var time = Double.nan
            if fields.time.isPresent {
                guard fields.time.count <= longestTimestamp,
                    let seconds = BatchTimestamp.seconds(
                        base + fields.time.start, count: fields.time.count, cache: &dayCache)
                else {
                    // Digits past what a timestamp may have are a number far out of range.
                    let isNumber =
                        fields.time.count > longestTimestamp
                        && BatchTimestamp.isDigits(base + fields.time.start, count: fields.time.count)
                    return isNumber
                        ? .timeOutOfRange(Excerpt(fields.time, in: base)) : .invalidTime(Excerpt(fields.time, in: base))
                }
                // One range for every format and form (docs/scale-out.md, "TIME").
                guard BatchTimestamp.isInRange(seconds) else { return .timeOutOfRange(Excerpt(fields.time, in: base)) }
                time = seconds
            } else if !isObservation {
                return .missingTime
            }
            var color: UInt8 = 0
            var isOn = false
            if !isObservation {
                guard let index = ColorWord.index(fields.color, in: base) else {
                    return .unknownColor(Excerpt(fields.color, in: base))
                }
                color = index
                if let flag = fields.stateFlag {
                    isOn = flag
                } else if let state = ColorWord.state(fields.state, in: base) {
                    isOn = state
                } else {
                    return .invalidState(Excerpt(fields.state, in: base))
                }
            }
            line = Line(
                time: time, hash: NameHash.hash(base + device.start, count: device.count), lineIndex: 0,
                nameStart: Int32(device.start),
                modelStart: Int32(fields.model.start), timeStart: Int32(fields.time.start),
                textStart: Int32(fields.text.start),
                textCount: Int32(fields.text.count), nameCount: UInt16(device.count),
                modelCount: UInt16(fields.model.count),
                timeCount: UInt8(fields.time.count), color: color, isOn: isOn, isObservation: isObservation)
            return nil
        }
    }
}
