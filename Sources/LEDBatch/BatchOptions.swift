public import LEDCore
import LEDSupport

/// How a batch reads its inputs and writes its records.
public struct BatchOptions: Sendable {
    /// The input format for every input; `nil` detects it per input from its first records.
    public var inputFormat: BatchInputFormat?
    /// The output format.
    public var outputFormat: BatchOutputFormat
    /// Darkness at least this long (seconds) ends an episode.
    public var gap: Double
    /// A model (catalog id or alias) for every line, overriding what the lines name (`--device`).
    public var model: String?
    /// Worker threads (and device shards). Output does not depend on it.
    public var jobs: Int
    /// Stop at the first line that cannot be read (``BatchError/rejectedLine(file:line:message:)``).
    public var strict: Bool
    /// Bytes per chunk: the unit of reading and of parallel parsing. A longer line is rejected.
    public var chunkSize: Int
    /// Bytes of finished records held back for ordering before they are spilled to a temporary file.
    public var spillLimit: Int
    /// Whether an interrupted batch (``BatchDiagnoser/cancel()``) still diagnoses the episodes open when it
    /// stopped reading. By default they are counted (``BatchSummary/undiagnosed``), not diagnosed: a
    /// million open episodes would otherwise hold the stop for many seconds.
    public var finishOnInterrupt: Bool
    /// The format of the error records when they go to their own sink (`--errors FILE`); `nil` is
    /// ``outputFormat``. Error records written among the episodes always take ``outputFormat``.
    public var errorFormat: BatchOutputFormat?
    /// Whether text records are coloured with ANSI escapes (cause lines by severity, errors in red).
    public var color: Bool
    /// One record per device at the end, most urgent first (``BatchDevice``), instead of one per episode.
    public var byDevice: Bool
    /// With ``byDevice``: the episode records too, before the devices' (not with CSV: one set of columns).
    public var keepsEpisodes: Bool
    /// Called with every diagnosed episode on a worker thread, in no particular order.
    public var observer: (@Sendable (BatchEpisode) -> Void)?
    /// Follow the one input as it grows (``BatchFollow``, `--follow`); `nil` reads it to its end.
    public var follow: BatchFollow?
    /// Where records' line numbers come from (``BatchLineNumbers``, `--line-numbers`).
    public var lineNumbers: BatchLineNumbers

    /// Options; every parameter has the command's default.
    public init(
        inputFormat: BatchInputFormat? = nil,
        outputFormat: BatchOutputFormat = .jsonl,
        gap: Double = TimingVocabulary.default.episodeGap,
        model: String? = nil,
        jobs: Int = BatchOptions.defaultJobs,
        strict: Bool = false,
        chunkSize: Int = 2 << 20,
        spillLimit: Int = 32 << 20,
        finishOnInterrupt: Bool = false,
        errorFormat: BatchOutputFormat? = nil,
        color: Bool = false,
        byDevice: Bool = false,
        keepsEpisodes: Bool = false,
        observer: (@Sendable (BatchEpisode) -> Void)? = nil,
        follow: BatchFollow? = nil,
        lineNumbers: BatchLineNumbers = .counted
    ) {
        self.inputFormat = inputFormat
        self.outputFormat = outputFormat
        self.gap = gap
        self.model = model
        self.jobs = jobs
        self.strict = strict
        self.chunkSize = chunkSize
        self.spillLimit = spillLimit
        self.finishOnInterrupt = finishOnInterrupt
        self.errorFormat = errorFormat
        self.color = color
        self.byDevice = byDevice
        self.keepsEpisodes = keepsEpisodes
        self.observer = observer
        self.follow = follow
        self.lineNumbers = lineNumbers
    }

    /// One job per online processor, at most 16.
    public static var defaultJobs: Int {
        let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return max(1, min(16, online > 0 ? online : 1))
    }
}
