extension BatchDiagnoser {
    /// One input line format: how it reads a line's fields, how a content line becomes a ``Line``, and
    /// how well it reads a sample (format detection).
    ///
    /// The chunk parser and the detector are generic over it, so each is specialised per format and
    /// the per-line call is direct (no existential call per line); ``FormatChoice`` picks the format
    /// once per input. A format with a shortcut (plain) puts it in ``parse(_:_:_:lineIndex:dayCache:into:)``.
    protocol LineFormat: Sendable {
        /// Finds the fields of the line `base[start..<end]` (quoted values decoded in place); returns
        /// what is wrong when the line has the wrong shape.
        func read(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, into fields: inout Fields
        ) -> LineProblem?

        /// Reads the content line `base[start..<end]` (not blank, not a comment; the `lineIndex`th of
        /// its chunk) and checks its values into `line` (all but its index).
        func parse(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, lineIndex: Int,
            dayCache: inout BatchTimestamp.DayCache, into line: inout Line
        ) -> LineOutcome

        /// The format set up for an input whose first content lines are `lines` (in `base`, which the
        /// format may change), and how many of those lines it reads.
        static func sniff(_ lines: [SampleLine], in base: UnsafeMutablePointer<UInt8>) -> (format: Self, score: Int)
    }

    /// What became of one content line.
    enum LineOutcome {
        /// Packed into the line: usable.
        case usable
        /// Not a record (the CSV header).
        case skipped
        /// Unusable, and why.
        case rejected(LineProblem)
    }

    /// A content line of a detection sample: its 0-based index in the input and its bytes (without the
    /// line break and leading blanks).
    struct SampleLine {
        var index: Int
        var start: Int
        var end: Int
    }
}

extension BatchDiagnoser.LineFormat {
    /// The general reading: ``read(_:_:_:into:)``, then ``BatchDiagnoser/ChunkParser/check`` on the values.
    @inline(__always)
    func parse(
        _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, lineIndex: Int,
        dayCache: inout BatchTimestamp.DayCache, into line: inout BatchDiagnoser.Line
    ) -> BatchDiagnoser.LineOutcome {
        readAndCheck(base, start, end, dayCache: &dayCache, into: &line)
    }

    /// Reads the line's fields and checks their values into `line`.
    @inline(__always)
    func readAndCheck(
        _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int,
        dayCache: inout BatchTimestamp.DayCache, into line: inout BatchDiagnoser.Line
    ) -> BatchDiagnoser.LineOutcome {
        var fields = BatchDiagnoser.Fields()
        if let problem = read(base, start, end, into: &fields) { return .rejected(problem) }
        let problem = BatchDiagnoser.ChunkParser.check(
            &fields, base: base, dayCache: &dayCache, into: &line)
        if let problem { return .rejected(problem) }
        return .usable
    }

    /// How many of `lines` (in `base`) this format, set up as it is, reads as usable lines.
    func score(_ lines: some Collection<BatchDiagnoser.SampleLine>, in base: UnsafeMutablePointer<UInt8>) -> Int {
        var dayCache = BatchTimestamp.DayCache()
        var packed = BatchDiagnoser.Line.empty
        var score = 0
        for line in lines {
            let outcome = parse(base, line.start, line.end, lineIndex: line.index, dayCache: &dayCache, into: &packed)
            if case .usable = outcome { score += 1 }
        }
        return score
    }
}

extension BatchDiagnoser.LineFormat where Self: BatchDiagnoser.StatelessLineFormat {
    /// A format without setup reads the sample as it is.
    static func sniff(
        _ lines: [BatchDiagnoser.SampleLine], in base: UnsafeMutablePointer<UInt8>
    ) -> (format: Self, score: Int) {
        let format = Self()
        return (format, format.score(lines, in: base))
    }
}

extension BatchDiagnoser {
    /// A line format that needs no setup from the input (all but CSV).
    protocol StatelessLineFormat: LineFormat {
        init()
    }
}
