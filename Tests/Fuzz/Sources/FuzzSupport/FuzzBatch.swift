import LEDDiagnostics

/// A sink that keeps every record (calls come one at a time, in output order).
final class RecordingSink: BatchRecordSink, @unchecked Sendable {
    var records: [BatchOutputRecord] = []
    var finished = 0
    func write(_ record: BatchOutputRecord) throws(BatchError) { records.append(record) }
    func finish() throws(BatchError) { finished += 1 }
    var bytes: [UInt8] { records.flatMap(\.bytes) }
}

/// Counts what the observer saw (called from worker threads).
final class ObserverLog: @unchecked Sendable {
    private let lock = FuzzLock()
    private var count = 0
    private var problems: [String] = []
    func add(_ episode: BatchEpisode) {
        var problem: String?
        // Skipped rules only: a warning may also be the reader's (two lengths that do not add up) or the
        // batch's (an episode cut at the pulse limit).
        if !episode.diagnosis.skippedRules.isEmpty {
            problem =
                "a rule was skipped in a batch: \(episode.diagnosis.warnings) "
                + "on \(episode.diagnosis.canonical.prefix(300))"
        }
        if !episode.diagnosis.canonical.utf8.allSatisfy(Fuzz.isCanonicalByte) {
            problem =
                "an episode's canonical string has bytes outside the language: "
                + "\(episode.diagnosis.canonical.prefix(300))"
        }
        if episode.firstLine < 1 || episode.lastLine < episode.firstLine {
            problem = "episode lines \(episode.firstLine)...\(episode.lastLine)"
        }
        lock.withLock {
            count += 1
            if let problem { problems.append(problem) }
        }
    }
    var snapshot: (count: Int, problems: [String]) { lock.withLock { (count, problems) } }
}

extension Fuzz {
    /// The diagnoser the batch targets use: the built-in devices, causes, fixes and contexts, and two
    /// cheap rules. The targets are about reading and accounting; a diagnosis with the full rule set
    /// costs milliseconds under ASan and would leave few executions for the readers (the text,
    /// canonical and timeline targets diagnose with the full built-in catalog).
    public static let batchDiagnoser: Diagnoser = {
        let rules = CatalogFile(
            name: "fuzz-rules.yaml",
            text: """
                rules:
                  - id: fuzz-red-blink
                    cause: network-offline
                    pattern: '(?<![^ &])red:blink:[^ ]*'
                    weight: 0.5
                    explanation: Red blinking.
                    sources: [{ref: "fuzz", tier: guide}]
                    status: stable
                    examples: {match: ["blinking red"], no_match: ["solid blue"]}
                  - id: fuzz-blue-solid
                    cause: recording
                    pattern: '(?<![^ &])blue:solid:[^ ]*$'
                    weight: 0.5
                    explanation: Blue solid.
                    sources: [{ref: "fuzz", tier: guide}]
                    status: stable
                    examples: {match: ["solid blue"], no_match: ["blinking red"]}
                """)
        do {
            let support = Catalog.builtinFiles.filter { !$0.name.contains("/rules/") }
            return Diagnoser(catalog: try CatalogLoader(jit: true).load(support + [rules]))
        } catch {
            fail("the batch fuzz catalog does not load: \(error)")
        }
    }()

    /// One batch fuzz run over the input, in `format` (detected when nil).
    ///
    /// Input: byte 0 picks the chunk size (below 128: 64 + 4·b bytes, so lines cross chunk borders and
    /// long lines overflow a chunk; else the default), byte 1 the variations — bit 0 two jobs, bit 1 a
    /// second run with `--strict`, bit 2 a second run with the other job count, bits 3–4 the output
    /// format. The rest is the log.
    ///
    /// Invariants (docs/reliability.md, "Nothing lost"):
    /// - the batch never crashes, hangs or throws for an in-memory input;
    /// - `lines = used + skipped + rejected`, with `lines` the input's line count (a last line without
    ///   a newline counts), and the episodes by cause plus `unmatched` are the `episodes`;
    /// - every rejected line is one error record carrying its 1-based line number, in line order;
    ///   there is one episode record per episode, each at a line of the input; records come in line order;
    /// - `--strict` stops with the first rejected line's number, or finishes with the same counts;
    /// - the output does not depend on the number of jobs;
    /// - every diagnosed episode has a canonical string in the language and trips no rule's limit.
    public static func batch(_ data: UnsafePointer<UInt8>?, _ size: Int, format: BatchInputFormat?) {
        var reader = Reader(bytes(data, size))
        let chunkByte = reader.byte()
        let variation = reader.byte()
        let log = Array(reader.rest())
        let chunkSize = chunkByte < 128 ? 64 + 4 * Int(chunkByte) : 4 << 20
        let outputFormat: BatchOutputFormat = [.jsonl, .csv, .text, .jsonl][Int(variation >> 3) & 3]
        let jobs = variation & 1 == 1 ? 2 : 1
        // A log starting with gzip's or zstd's magic is decompressed: its lines and bytes are not the input's
        // (and it may end at damage); every other invariant holds for it too.
        let compressed = log.starts(with: [0x1F, 0x8B]) || log.starts(with: [0x28, 0xB5, 0x2F, 0xFD])
        let expectedLines = log.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } + (log.last.map { $0 != 0x0A ? 1 : 0 } ?? 0)

        let observed = ObserverLog()
        func options(jobs: Int, strict: Bool) -> BatchOptions {
            BatchOptions(
                inputFormat: format, outputFormat: outputFormat, jobs: jobs, strict: strict, chunkSize: chunkSize,
                observer: { observed.add($0) })
        }
        func run(jobs: Int, strict: Bool) -> (Result<BatchSummary, BatchError>, RecordingSink) {
            let sink = RecordingSink()
            let batch: BatchDiagnoser
            do {
                batch = try BatchDiagnoser(diagnoser: batchDiagnoser, options: options(jobs: jobs, strict: strict))
            } catch {
                fail("options refused: \(error)")
            }
            let result = Result { () throws(BatchError) in try batch.run([.bytes(log, name: "fuzz")], output: sink) }
            return (result, sink)
        }

        let (result, sink) = run(jobs: jobs, strict: false)
        let summary: BatchSummary
        switch result {
        case .success(let value): summary = value
        case .failure(let error): fail("a batch over bytes in memory failed: \(error)")
        }
        check(summary.isConsistent, "summary does not add up: \(summary.json)")
        check(
            compressed || summary.lines == expectedLines,
            "\(summary.lines) lines counted, the input has \(expectedLines): \(summary.json)")
        check(
            summary.files == 1 && (compressed ? summary.bytes <= log.count : summary.bytes == log.count),
            "files \(summary.files), bytes \(summary.bytes) of \(log.count)")
        check(compressed || summary.damaged.isEmpty, "an uncompressed input reported as damaged")
        check(!summary.interrupted, "interrupted without a cancel")
        check(sink.finished == 1, "sink finished \(sink.finished) times")

        var errorLines: [Int] = []
        var episodeRecords = 0
        var previousLine = 0
        for record in sink.records {
            check(record.bytes.last == 0x0A, "a record that does not end in a newline")
            switch record.kind {
            case .header:
                check(
                    record.line == 0 && outputFormat == .csv && episodeRecords == 0 && errorLines.isEmpty,
                    "a header record out of place")
                continue
            case .error:
                errorLines.append(record.line)
            case .episode:
                episodeRecords += 1
            case .device:
                fail("a device record without --by-device")
            }
            check(record.fileIndex == 0, "record of file \(record.fileIndex)")
            check(
                record.line >= 1 && (compressed || record.line <= max(expectedLines, 1)),
                "record at line \(record.line) of \(expectedLines)")
            check(record.line >= previousLine, "records out of line order: \(record.line) after \(previousLine)")
            previousLine = record.line
        }
        check(
            errorLines.count == summary.rejected,
            "\(summary.rejected) rejected lines but \(errorLines.count) error records")
        check(Set(errorLines).count == errorLines.count, "a line rejected twice: \(errorLines)")
        check(episodeRecords == summary.episodes, "\(summary.episodes) episodes but \(episodeRecords) episode records")
        let seen = observed.snapshot
        check(seen.count == summary.episodes, "observer saw \(seen.count) of \(summary.episodes) episodes")
        check(seen.problems.isEmpty, seen.problems.first ?? "")

        if variation & 2 == 2 {
            let (strictResult, strictSink) = run(jobs: jobs, strict: true)
            switch strictResult {
            case .success(let strictSummary):
                check(errorLines.isEmpty, "--strict finished although line \(errorLines.first ?? 0) is rejected")
                check(
                    strictSummary.lines == summary.lines && strictSummary.episodes == summary.episodes,
                    "--strict counts differ")
                check(strictSink.bytes == sink.bytes, "--strict output differs on a clean log")
            case .failure(.rejectedLine(let file, let line, _)):
                check(
                    file == "fuzz" && line == errorLines.first,
                    "--strict stopped at line \(line), the first rejected is \(errorLines.first ?? 0)")
            case .failure(let error):
                fail("--strict failed with \(error)")
            }
        }
        if variation & 4 == 4 {
            let (otherResult, otherSink) = run(jobs: jobs == 1 ? 2 : 1, strict: false)
            guard case .success(let other) = otherResult else { fail("the second run failed") }
            check(
                other.lines == summary.lines && other.used == summary.used && other.rejected == summary.rejected
                    && other.episodes == summary.episodes && other.causes == summary.causes,
                "counts depend on the job count")
            check(otherSink.bytes == sink.bytes, "the output depends on the job count")
        }
    }
}
