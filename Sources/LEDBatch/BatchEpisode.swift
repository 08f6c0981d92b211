public import LEDEngine

/// One diagnosed episode, as ``BatchOptions/observer`` receives it (on a worker thread, in no
/// particular order — the output stream is the ordered view).

public struct BatchEpisode: Sendable {
    /// The device name as logged.
    public var device: String
    /// The catalog id of its model, when known.
    public var model: String?
    /// The input it came from (index into the run's inputs).
    public var fileIndex: Int
    /// The input's name as records show it.
    public var file: String
    /// The first line of the episode in its input (1-based).
    public var firstLine: Int
    /// The last line of the episode.
    public var lastLine: Int
    /// The first timestamp as written; `nil` for a typed observation without one.
    public var start: String?
    /// The last timestamp as written.
    public var end: String?
    /// The diagnosis (its `device` is the catalog id, as `leddiag diagnose` gives it).
    public var diagnosis: Diagnosis
}
