import ArgumentParser
import Dispatch
import Foundation
import LEDDiagnostics
import LEDSupport

/// `leddiag batch`: diagnoses every episode of LED transition logs (or typed observations), streaming.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Diagnose LED logs in bulk: one record per episode.",
        discussion: """
            Reads LED transition logs of many devices (standard input when no FILE
            is given, or -), cuts each device's transitions into episodes at a
            darkness gap, and diagnoses each episode as `leddiag diagnose` would.
            Records come in the order of the episodes' first lines. A gzip or zstd
            input (file or standard input, told by its first bytes) is decompressed
            as it is read.

            --follow reads one file as it grows, like tail -F (a truncated or
            rotated file is read again from its start, said on stderr), or
            standard input until it closes; each record is written as soon as
            its episode ends: by its dark gap, or --gap seconds of wall time
            without a line of its device. Ctrl-C stops it as any batch.

            Input formats (detected per file; --input-format forces one):
              plain   TIME DEVICE [MODEL] COLOR on|off
              logfmt  ts=TIME device=DEVICE model=MODEL led=COLOR state=on|off
              csv     a header naming time, device, model, color, state
              jsonl   {"time": …, "device": …, "model": …, "color": …, "state": …}
              typed   [TIME] DEVICE [MODEL]: free text   (one observation a line)
            TIME is ISO-8601 (fraction, Z or offset) or seconds. Comments (#) and
            blank lines are skipped. A model the catalog does not know is reported
            once, and its devices are diagnosed without one.

            Output (--format; text on a terminal, jsonl otherwise): a jsonl record
            is the `diagnose` object, whose "device" is the logged device name,
            plus "model" (catalog id), "start", "end" (timestamps as written) and
            "source": {"file", "lines": [first, last]}. A line that cannot be read
            becomes {"error": …, "source": {"file", "line"}} in the stream (or in
            --errors FILE: JSON lines, or CSV for a .csv name, text for .txt).
            csv columns: device, model, start, end, file, first_line, last_line,
            cause, confidence, fix, canonical, error. text shows every time as
            ISO-8601 UTC to the millisecond, whatever the log wrote.

            --by-device: one record per device at the end instead, most urgent first
            (its latest episode a fault, a warning, no match, normal; then how often
            that cause came): {"device", "model", "episodes", "first", "last",
            "latest": {"cause", "confidence", "severity", "start", "end", "fix",
            "source"}, "causes": {id: count}, "unmatched"}; text prints tables, the
            devices that need attention first. --episodes keeps the episode records
            before them. --summary then counts devices by their latest cause. With
            --follow, a device's record comes each time one of its episodes closes.

            Examples:
              leddiag batch rig.log > episodes.jsonl
              leddiag batch fleet.log.gz --summary sum.json --errors bad.jsonl
              leddiag batch --format csv --device outdoor-4 porch.csv
              leddiag batch --follow --format text /var/log/rig.log

            Exit status: 0 done, no line rejected; 1 no episode found; 2 usage or
            I/O error, --strict at the first bad line, or a truncated or corrupt
            compressed input (after diagnosing what came before it; the message
            names the compressed byte); 3 done, but some lines were rejected;
            130 interrupted (143 SIGTERM, 129 SIGHUP): what was read is
            diagnosed, episodes still open are counted (--finish-on-interrupt
            diagnoses them too); a second signal exits at once, between records.
            A closed output pipe (| head) stops quietly with 0. Memory does not
            grow with the input; --jobs 1 and the default give the same bytes.
            More: docs/scale-out.md.
            """
    )

    @Argument(help: ArgumentHelp("Log files; standard input when none (or -).", valueName: "file"))
    var files: [String] = []

    @Option(name: .customLong("input-format"), help: "The input format for every file (default: detected per file).")
    var inputFormat: BatchInputFormat?

    @Option(name: .long, help: "Output format: jsonl, text or csv (default: text on a terminal, else jsonl).")
    var format: BatchOutputFormat?

    // `.unconditional`: `--gap -1` is a value to refuse with a reason, not a missing one.
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Darkness at least this long ends an episode.", valueName: "seconds"))
    var gap: Double = 10

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The device model for every line (an id or a name), instead of the logged one.", valueName: "model"))
    var device: String?

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Worker threads (default: one per core). Output does not depend on it.", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Stop at the first line that cannot be read (exit status 2).")
    var strict = false

    @Option(
        name: .customLong("stdin-name"),
        help: ArgumentHelp("The file name records give standard input (default -).", valueName: "name"))
    var stdinName = "-"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write error records to this file instead of the output: CSV when it ends in .csv, text in .txt, "
                + "else JSON lines (whatever --format says).", valueName: "file"))
    var errors: String?

    @Option(name: .long, help: ArgumentHelp("Write the summary as JSON to this file.", valueName: "file"))
    var summary: String?

    @Flag(
        name: .customLong("finish-on-interrupt"),
        help: "On Ctrl-C (or SIGTERM, SIGHUP), still diagnose the episodes open then (default: count them).")
    var finishOnInterrupt = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Keep reading the input as it grows, like tail -F (one file, or standard input until it closes); "
                + "records as episodes close; stop with Ctrl-C."))
    var follow = false

    @Option(
        name: .customLong("line-numbers"),
        help: ArgumentHelp(
            "counted (default), or prefixed: each line starts with its number in the original file and a tab.",
            valueName: "source"))
    var lineNumbers: BatchLineNumbers = .counted

    @Flag(
        name: .customLong("by-device"),
        help:
            "One record per device at the end, most urgent first (text: tables); with --follow, as each changes."
    )
    var byDevice = false

    @Flag(name: .long, help: "With --by-device: the episode records too, before the devices' (not with csv).")
    var episodes = false

    @Flag(name: .long, help: "No summary on standard error.")
    var quiet = false

    @Flag(
        name: .customLong("no-progress"),
        help: "No progress bar (shown on standard error when it is a terminal and the output is not).")
    var noProgress = false

    @Option(
        name: .customLong("chunk-size"),
        help: ArgumentHelp(
            "Bytes read and parsed at a time (default 2 MiB); a longer line is rejected.", valueName: "bytes",
            visibility: .hidden))
    var chunkSize: Int = BatchOptions().chunkSize

    @Option(
        name: .customLong("reorder-limit"),
        help: ArgumentHelp(
            "Bytes of records held for ordering before they spill to a temporary file (default 32 MiB).",
            valueName: "bytes", visibility: .hidden))
    var reorderLimit: Int = BatchOptions().spillLimit

    @Flag(
        name: .customLong("no-memo"),
        help: ArgumentHelp(
            "Rank every match outcome afresh (no ranking, fix-plan or question memo): the reference the memos are "
                + "checked against; the same output, slower.",
            visibility: .hidden))
    var noMemo = false

    @OptionGroup var color: ColorOption

    @OptionGroup var catalog: CatalogOptions

    func validate() throws {
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
        if !(gap.isFinite && gap > 0) { throw ValidationError("--gap must be a positive number of seconds") }
        if chunkSize < 64 { throw ValidationError("--chunk-size must be at least 64 bytes") }
        if reorderLimit < 0 { throw ValidationError("--reorder-limit must not be negative") }
        if follow, files.count > 1 {
            throw ValidationError("--follow follows one file (or standard input), not \(files.count)")
        }
        if episodes && !byDevice {
            throw ValidationError("--episodes goes with --by-device (episodes are the default)")
        }
        if episodes && format == .csv {
            throw ValidationError("--by-device --episodes cannot be csv: episodes and devices have different columns")
        }
    }

    func run() throws {
        // A closed pipe is a quiet stop, not a signal. Ctrl-C, and the SIGTERM or SIGHUP that `timeout`,
        // systemd and containers send, finish what was read; a second one exits at once, between records.
        // Handled from the start: a signal while the catalog loads stops the batch as soon as it exists.
        signal(SIGPIPE, SIG_IGN)
        let presses = InterruptCounter()
        let interrupts = [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if presses.record(number) > 1 { BatchFileSink.exitBetweenRecords(status: 128 + number) }
            }
            source.resume()
            return source
        }
        defer { for source in interrupts { source.cancel() } }

        let diagnoser = try Console.exitOnError { try catalog.diagnoser(jit: true, prefilter: true, memo: !noMemo) }
        // The library's errors name no command: an unknown --device is worded here, as everywhere.
        if let device { _ = try Console.exitOnError { try diagnoser.deviceID(for: device) } }
        let outputFormat = format ?? (Console.stdoutIsTerminal ? .text : .jsonl)
        let options = BatchOptions(
            inputFormat: inputFormat, outputFormat: outputFormat, gap: gap, model: device,
            jobs: jobs ?? BatchOptions.defaultJobs, strict: strict, chunkSize: chunkSize, spillLimit: reorderLimit,
            finishOnInterrupt: finishOnInterrupt, errorFormat: errors.map(Self.errorFormat(forPath:)),
            color: outputFormat == .text && color.useColor, byDevice: byDevice, keepsEpisodes: episodes,
            follow: follow ? BatchFollow(notice: { Console.error("leddiag batch: \($0)") }) : nil,
            lineNumbers: lineNumbers)
        let batch: BatchDiagnoser
        do {
            batch = try BatchDiagnoser(diagnoser: diagnoser, options: options)
        } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        let standardInput = BatchInput.descriptor(STDIN_FILENO, name: stdinName)
        let inputs = files.isEmpty ? [standardInput] : files.map { $0 == "-" ? standardInput : BatchInput.path($0) }
        try refuseOutputsOverInputs(inputs)
        let errorSink: BatchFileSink?
        do {
            errorSink = try errors.map { path throws(BatchError) in try BatchFileSink(path: path) }
            errorSink?.flushesEachRecord = follow
        } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }

        presses.whenInterrupted { batch.cancel() }

        // On a terminal the records themselves show progress; a bar would be written over them.
        let bar = !noProgress && !follow && ProgressBar.isAvailable && !Console.stdoutIsTerminal ? ProgressBar() : nil
        var progress: (@Sendable (BatchProgress) -> Void)?
        if let bar { progress = { report in bar.update(report) } }
        let result: BatchSummary
        do throws(BatchError) {
            let output = BatchFileSink(descriptor: STDOUT_FILENO)
            output.flushesEachRecord = follow  // following: each record as soon as its episode closes
            result = try batch.run(inputs, output: output, errors: errorSink, progress: progress)
        } catch {
            bar?.clear()
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        bar?.clear()
        if result.outputClosed {
            // The reader went away (`| head -1`): a quiet stop, but --summary still gets what was read.
            if let summary { try Console.exitOnError { try TextFile.write(result.json + "\n", to: summary) } }
            throw ExitCode(ExitStatus.success)
        }
        for warning in result.warnings { Console.error("warning: \(warning)") }
        if !quiet { Console.error("leddiag batch: " + result.text) }
        if let summary {
            try Console.exitOnError { try TextFile.write(result.json + "\n", to: summary) }
        }
        if result.interrupted { throw ExitCode(128 + (presses.first ?? SIGINT)) }
        // A truncated or corrupt .gz/.zst: what came before it was diagnosed above; the error names where.
        for damage in result.damaged { Console.error("error: \(damage.message)") }
        if !result.damaged.isEmpty { throw ExitCode(ExitStatus.usage) }
        if result.rejected > 0 { throw ExitCode(ExitStatus.rejectedLines) }
        if result.episodes == 0 { throw ExitCode(ExitStatus.noMatch) }
    }
}

extension BatchCommand {
    /// The format of the `--errors` file, from its name: `.csv` CSV (with its header), `.txt` text, anything
    /// else JSON lines — never the output's format by accident (`--errors bad.jsonl --format csv`).
    static func errorFormat(forPath path: String) -> BatchOutputFormat {
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        if name.hasSuffix(".csv") { return .csv }
        if name.hasSuffix(".txt") { return .text }
        return .jsonl
    }

    /// Exit status 2, before any output is created, when an output (`--errors`, `--summary`, standard
    /// output) is the same file as an input or as another output: writing it would destroy what is read,
    /// or one output would replace the other.
    func refuseOutputsOverInputs(_ inputs: [BatchInput]) throws {
        var outputs = [BatchOutputCheck.Output.descriptor(STDOUT_FILENO, name: "standard output")]
        if let errors { outputs.append(.path(errors, name: "--errors \(errors)")) }
        if let summary { outputs.append(.path(summary, name: "--summary \(summary)")) }
        if let conflict = BatchOutputCheck.conflict(inputs: inputs, outputs: outputs) {
            Console.error("error: \(conflict)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}

/// Counts the stopping signals (Ctrl-C, SIGTERM, SIGHUP): the first stops reading, the second exits at
/// once; the first one's number makes the exit status (128 + it), as a shell reports a signal.
private final class InterruptCounter: Sendable {
    private struct State {
        var signals: [Int32] = []
        var stop: (@Sendable () -> Void)?
    }

    private let state = Mutex(State())

    /// Notes signal `number` and, the first time, stops the batch if it exists yet; how many have come.
    func record(_ number: Int32) -> Int {
        let (count, stop) = state.withLock { state in
            state.signals.append(number)
            return (state.signals.count, state.stop)
        }
        if count == 1 { stop?() }
        return count
    }

    /// What stops the batch: called on the first signal, or at once when one came already.
    func whenInterrupted(_ stop: @escaping @Sendable () -> Void) {
        let already = state.withLock { state in
            state.stop = stop
            return !state.signals.isEmpty
        }
        if already { stop() }
    }

    /// The first signal, if any came.
    var first: Int32? { state.withLock { $0.signals.first } }
}
