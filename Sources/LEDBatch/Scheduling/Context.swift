import LEDCore
import LEDEngine

extension BatchDiagnoser {
    /// What every shard of one run reads and never changes: the diagnoser, the timing words, the
    /// renderer, the input names and the run's options.
    final class Context: Sendable {
        /// The diagnoser episodes go through.
        let diagnoser: Diagnoser
        /// The timing words (with the run's episode gap) the timeline builders use.
        let vocabulary: TimingVocabulary
        /// How records are written.
        let renderer: BatchRecordRenderer
        /// How error records are written: ``renderer``, or the `--errors` file's own format.
        let errorRenderer: BatchRecordRenderer
        /// The inputs' names as records show them (`-` for standard input).
        let fileNames: [String]
        /// The catalog id `--device` sets for every line, when given (``BatchOptions/model``).
        let modelOverride: String?
        /// Resolves logged model names.
        let resolver: ModelResolver
        /// Whether an interruption diagnoses the open episodes (``BatchOptions/finishOnInterrupt``).
        let finishOnInterrupt: Bool
        /// Whether shards roll their devices' episodes up (``BatchOptions/byDevice``).
        let byDevice: Bool
        /// Whether episode records are written.
        let keepsEpisodes: Bool
        /// Whether a device's roll-up is written each time it changes (``byDevice`` with `--follow`)
        /// rather than once at the end.
        let devicesOnChange: Bool
        /// Called with every diagnosed episode, on worker threads, in no particular order.
        let observer: (@Sendable (BatchEpisode) -> Void)?

        init(
            diagnoser: Diagnoser, vocabulary: TimingVocabulary, renderer: BatchRecordRenderer,
            errorRenderer: BatchRecordRenderer? = nil, fileNames: [String], modelOverride: String?,
            byDevice: Bool = false, keepsEpisodes: Bool = true, devicesOnChange: Bool = false,
            finishOnInterrupt: Bool = false, observer: (@Sendable (BatchEpisode) -> Void)?
        ) {
            self.byDevice = byDevice
            self.keepsEpisodes = keepsEpisodes
            self.devicesOnChange = byDevice && devicesOnChange
            self.diagnoser = diagnoser
            self.vocabulary = vocabulary
            self.renderer = renderer
            self.errorRenderer = errorRenderer ?? renderer
            self.fileNames = fileNames
            self.modelOverride = modelOverride
            self.resolver = ModelResolver(diagnoser: diagnoser)
            self.finishOnInterrupt = finishOnInterrupt
            self.observer = observer
        }
    }
}
