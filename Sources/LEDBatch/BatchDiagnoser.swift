import LEDCore
public import LEDEngine

/// Diagnoses LED logs in bulk: every device's transitions are cut into episodes at a darkness gap,
/// each episode is diagnosed as `leddiag diagnose` would, and one record per episode is written in
/// the order of the episodes' first lines. Streaming, in bounded memory, on several threads, with
/// output that does not depend on the number of threads.
///
/// ```swift
/// let batch = try BatchDiagnoser(diagnoser: try .builtin(), options: BatchOptions(jobs: 2))
/// let summary = try batch.run([.path("rig.log")], output: BatchFileSink(descriptor: 1))
/// print(summary.text)
/// ```
///
/// Inputs may be files, standard input, descriptors, bytes or any reader closure (``BatchInput``), each
/// plain or gzip or zstd (told by its first bytes; a damaged one is ``BatchSummary/damaged``);
/// records go to a ``BatchRecordSink`` (``BatchFileSink`` writes to a descriptor; ``BatchClosureSink``
/// calls a closure). ``BatchOptions/observer`` also receives each ``BatchEpisode`` with its
/// ``Diagnosis``. With ``BatchOptions/byDevice`` the records are one ``BatchDevice`` per device instead, most
/// urgent first. See `docs/scale-out.md` for formats, ordering and running on many machines.

public final class BatchDiagnoser: Sendable {
    /// The diagnoser episodes go through.
    public let diagnoser: Diagnoser
    /// The batch's options.
    public let options: BatchOptions
    private let modelID: String?
    private let cancellation = Cancellation()

    /// A batch diagnoser. Throws ``BatchError/usage(_:)`` for an unknown ``BatchOptions/model``,
    /// a gap that is not a positive number, or a chunk size below 64 bytes.
    public init(diagnoser: Diagnoser, options: BatchOptions = BatchOptions()) throws(BatchError) {
        guard options.gap.isFinite, options.gap > 0 else {
            throw BatchError.usage("the gap must be a positive number of seconds")
        }
        guard options.chunkSize >= 64 else { throw BatchError.usage("the chunk size must be at least 64 bytes") }
        guard !(options.byDevice && options.keepsEpisodes && options.outputFormat == .csv) else {
            throw BatchError.usage("episodes and devices cannot share one CSV (their columns differ)")
        }
        self.diagnoser = diagnoser
        self.options = options
        if let model = options.model {
            do {
                modelID = try diagnoser.deviceID(for: model)
            } catch {
                throw BatchError.usage(Self.message(error))
            }
        } else {
            modelID = nil
        }
    }

    /// Reads `inputs` in order and writes their records to `output` (error records to `errors` when
    /// given, else to `output` in line order). Returns the summary; throws when an input cannot be
    /// read, the output cannot be written (``BatchError/outputClosed`` for a closed pipe), or — with
    /// ``BatchOptions/strict`` — at the first unreadable line. `progress` is called from the reader thread.
    public func run(
        _ inputs: [BatchInput], output: any BatchRecordSink, errors: (any BatchRecordSink)? = nil,
        progress: (@Sendable (BatchProgress) -> Void)? = nil
    ) throws(BatchError) -> BatchSummary {
        if let follow = options.follow { try FollowedInput.check(inputs, follow) }
        var vocabulary = diagnoser.parser.vocabulary
        vocabulary.episodeGap = options.gap
        // Error records in their own sink take its format, uncoloured; among the episodes, the output's.
        let renderer = BatchRecordRenderer(
            format: options.outputFormat, color: options.color, byDevice: options.byDevice && !options.keepsEpisodes)
        let errorRenderer =
            errors == nil ? renderer : BatchRecordRenderer(format: options.errorFormat ?? options.outputFormat)
        let context = Context(
            diagnoser: diagnoser, vocabulary: vocabulary, renderer: renderer, errorRenderer: errorRenderer,
            fileNames: inputs.map(\.name), modelOverride: modelID, byDevice: options.byDevice,
            keepsEpisodes: !options.byDevice || options.keepsEpisodes, devicesOnChange: options.follow != nil,
            finishOnInterrupt: options.finishOnInterrupt, observer: options.observer)
        let pipeline = Pipeline(
            context: context, options: options, inputs: inputs, output: output, errors: errors,
            cancellation: cancellation,
            progress: progress)
        return try pipeline.run()
    }

    /// Diagnoses `text` (a whole log in memory) and returns the records' text and the summary —
    /// handy for tests and small embedders.
    public func run(text: String, name: String = "-") throws(BatchError) -> (output: String, summary: BatchSummary) {
        let sink = BatchClosureSink()
        let summary = try run([.text(text, name: name)], output: sink)
        return (sink.text, summary)
    }

    /// Asks a running batch (or one about to run) to stop reading: what was read is still diagnosed, the
    /// episodes still open are counted (``BatchSummary/undiagnosed``) or, with
    /// ``BatchOptions/finishOnInterrupt``, finished, and the summary says `interrupted`. Safe from any thread
    /// (a signal handler's queue).
    public func cancel() {
        cancellation.cancel()
    }
}

extension BatchDiagnoser {
    /// What is wrong with ``BatchOptions/model``, worded from the error's data.
    private static func message(_ error: DiagnoseError) -> String {
        switch error {
        case .unknownDevice(let name, let suggestion):
            return "unknown device \"\(name)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .text, .canonical, .unknownFix, .unknownLightAnswer:
            return "\(error)"
        }
    }
}
