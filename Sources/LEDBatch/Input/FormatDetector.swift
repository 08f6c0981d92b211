extension BatchDiagnoser {
    /// Finds an input's format from its first records: every reader tries the first 20 lines that are
    /// neither blank nor comments, and the format that reads the most of them wins (ties: JSON lines,
    /// CSV, logfmt, plain, typed). CSV needs its header on the first of those lines. When no format reads
    /// any line the input is read as plain, and its lines are rejected one by one.
    enum FormatDetector {
        /// What detection decided for one input.
        struct Detection: Sendable, Hashable {
            /// The format to read the input in.
            var format: BatchInputFormat
            /// For CSV: the reader the header set up (`nil` when the header is unusable).
            var csv: CSVFormat?
            /// For CSV: the header's 0-based line index in the sample, or -1.
            var headerLine = -1
            /// For CSV: what is wrong with the header.
            var headerProblem: String?
            /// Whether no format read any sampled line (the input is then read as plain).
            var isGuess = false
            /// How many content lines the sample had.
            var sampledLines = 0
        }

        /// How many content lines are sampled.
        static let sampleLines = 20
        /// How many bytes are sampled at most.
        static let sampleBytes = 64 * 1024

        /// Detects the format of `sample` (the start of an input, whole lines; the buffer is not changed),
        /// or sets up `forced` (finding the CSV header).
        static func detect(_ sample: UnsafeBufferPointer<UInt8>, forced: BatchInputFormat? = nil) -> Detection {
            let count = min(sample.count, sampleBytes)
            let storage = Storage<UInt8>(capacity: count, zeroed: true)
            let copy = storage.base
            let lines = contentLines(sample, count: count)
            func fresh() {
                if let source = sample.baseAddress, count > 0 { copy.update(from: source, count: count) }
            }
            if let forced {
                fresh()
                var found = detection(forced, lines: lines, base: copy).detection
                found.sampledLines = lines.count
                return found
            }
            var best = Detection(format: .plain, isGuess: true)
            var bestScore = 0
            for format in [BatchInputFormat.jsonl, .csv, .logfmt, .plain, .typed] {
                fresh()
                let (candidate, score) = detection(format, lines: lines, base: copy)
                if score > bestScore {
                    best = candidate
                    bestScore = score
                }
            }
            best.sampledLines = lines.count
            return best
        }

        /// The setup for `format` and how many sampled lines it reads.
        private static func detection(_ format: BatchInputFormat, lines: [(index: Int, start: Int, end: Int)], base: UnsafeMutablePointer<UInt8>) -> (detection: Detection, score: Int) {
            var detection = Detection(format: format)
            var rest = lines[...]
            var score = 0
            if format == .csv {
                guard let header = rest.popFirst() else { return (detection, 0) }
                detection.headerLine = header.index
                switch CSVFormat.header(base, header.start, header.end) {
                case .success(let reader):
                    detection.csv = reader
                    score = 1
                case .failure(let message):
                    detection.headerProblem = message.text
                    return (detection, 0)
                }
            }
            var dayCache = BatchTimestamp.DayCache()
            var fields = Fields()
            var packed = Line.empty
            for line in rest {
                fields.reset()
                let problem: String?
                switch format {
                case .plain: problem = PlainFormat.read(base, line.start, line.end, into: &fields)
                case .logfmt: problem = LogfmtFormat.read(base, line.start, line.end, into: &fields)
                case .csv:
                    if let csv = detection.csv {
                        problem = csv.read(base, line.start, line.end, into: &fields)
                    } else {
                        problem = "no header"
                    }
                case .jsonl: problem = JSONLinesFormat.read(base, line.start, line.end, into: &fields)
                case .typed: problem = TypedFormat.read(base, line.start, line.end, into: &fields)
                }
                guard problem == nil else { continue }
                if ChunkParser.check(&fields, base: base, format: format, dayCache: &dayCache, into: &packed) == nil { score += 1 }
            }
            return (detection, score)
        }

        /// The first ``sampleLines`` lines that are neither blank nor comments: index, start and end
        /// (without the line break and leading blanks). A last line without a newline counts only when
        /// the sample is the whole input (`count` bytes).
        private static func contentLines(_ sample: UnsafeBufferPointer<UInt8>, count: Int) -> [(index: Int, start: Int, end: Int)] {
            var result: [(index: Int, start: Int, end: Int)] = []
            // A UTF-8 byte-order mark is not part of line 1.
            var start = count >= 3 && sample[0] == 0xEF && sample[1] == 0xBB && sample[2] == 0xBF ? 3 : 0
            var index = 0
            while start < count, result.count < sampleLines {
                var end = start
                while end < count, sample[end] != 0x0A { end += 1 }
                if end == count, count < sample.count { break }  // cut by the sample size
                var e = end
                if e > start, sample[e - 1] == 0x0D { e -= 1 }
                var s = start
                while s < e, sample[s] == 0x20 || sample[s] == 0x09 { s += 1 }
                if s < e, sample[s] != UInt8(ascii: "#") { result.append((index, s, e)) }
                index += 1
                start = end + 1
            }
            return result
        }
    }
}
