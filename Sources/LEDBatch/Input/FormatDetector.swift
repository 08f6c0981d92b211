extension BatchDiagnoser {
    /// Finds an input's format from its first records: every reader tries the first 20 lines that are
    /// neither blank nor comments, and the format that reads the most of them wins (ties: JSON lines,
    /// CSV, logfmt, plain, typed). CSV needs its header on the first of those lines. When no format reads
    /// any line the input is read as plain, and its lines are rejected one by one.
    enum FormatDetector {
        /// What detection decided for one input.
        struct Detection: Sendable, Hashable {
            /// The format to read the input in, set up.
            var choice: FormatChoice
            /// Whether no format read any sampled line (the input is then read as plain).
            var isGuess = false
            /// How many content lines the sample had.
            var sampledLines = 0

            /// The format's public name.
            var format: BatchInputFormat { choice.format }
            /// For CSV: the columns the header names (`nil` when the header is unusable).
            var csv: CSVFormat.Columns? { csvFormat?.columns }
            /// For CSV: the header's 0-based line index in the sample, or -1.
            var headerLine: Int { csvFormat?.headerLine ?? -1 }
            /// For CSV: what is wrong with the header.
            var headerProblem: LineProblem? { csvFormat?.headerProblem }

            private var csvFormat: CSVFormat? {
                if case .csv(let csv) = choice { return csv }
                return nil
            }
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
                return Detection(choice: FormatChoice.sniff(forced, lines, in: copy).choice, sampledLines: lines.count)
            }
            var best = Detection(choice: .plain, isGuess: true)
            var bestScore = 0
            for format in [BatchInputFormat.jsonl, .csv, .logfmt, .plain, .typed] {
                fresh()
                let (choice, score) = FormatChoice.sniff(format, lines, in: copy)
                if score > bestScore {
                    best = Detection(choice: choice)
                    bestScore = score
                }
            }
            best.sampledLines = lines.count
            return best
        }

        /// The first ``sampleLines`` lines that are neither blank nor comments: index, start and end
        /// (without the line break and leading blanks). A last line without a newline counts only when
        /// the sample is the whole input (`count` bytes).
        private static func contentLines(_ sample: UnsafeBufferPointer<UInt8>, count: Int) -> [SampleLine] {
            var result: [SampleLine] = []
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
                if s < e, sample[s] != UInt8(ascii: "#") { result.append(SampleLine(index: index, start: s, end: e)) }
                index += 1
                start = end + 1
            }
            return result
        }
    }
}
