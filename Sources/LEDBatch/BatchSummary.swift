import LEDSupport

/// What a batch did, for stderr and `--summary FILE`. It adds up: `lines = used + skipped + rejected`,
/// and the episodes with a top cause (by cause, in `causes`) plus `unmatched` are the `episodes`.

public struct BatchSummary: Sendable, Hashable {
    /// Inputs read.
    public var files = 0
    /// Lines read (a last line without a newline counts).
    public var lines = 0
    /// Lines that became transitions or typed observations.
    public var used = 0
    /// Blank lines, `#` comments and CSV headers.
    public var skipped = 0
    /// Lines that could not be read (each is an error record).
    public var rejected = 0
    /// Distinct device names.
    public var devices = 0
    /// Episodes diagnosed (typed observations count one each).
    public var episodes = 0
    /// Episodes by their top cause id.
    public var causes: [String: Int] = [:]
    /// Episodes no rule matched.
    public var unmatched = 0
    /// Episodes still open when the batch was interrupted, not diagnosed (``BatchOptions/finishOnInterrupt``
    /// diagnoses them instead).
    public var undiagnosed = 0
    /// Wall-clock seconds.
    public var seconds = 0.0
    /// Whether the batch was cancelled (Ctrl-C) before the end of its input.
    public var interrupted = false
    /// Whether the batch stopped because its output was closed (`| head -1`): the counts are of what was
    /// read until then.
    public var outputClosed = false
    /// Notes for a person: inputs whose format had to be guessed, unknown models, and rules skipped
    /// because they tripped a PCRE2 limit (`rule "ID" skipped on N episodes: REASON`, by rule id).
    public var warnings: [String] = []
    /// Episodes on which each rule was skipped because its match tripped a PCRE2 limit, by rule id.
    public var skippedRules: [String: Int] = [:]
    /// Distinct model names the catalog does not know (the warnings name the first 20, then count the rest).
    public var unknownModels = 0
    /// Input bytes read (compressed bytes for a compressed input).
    public var bytes = 0
    /// With ``BatchOptions/byDevice``: devices by their latest episode's top cause id (else `nil`).
    public var deviceCauses: [String: Int]?
    /// With ``BatchOptions/byDevice``: devices whose latest episode no rule matched.
    public var devicesUnmatched = 0
    /// With ``BatchOptions/byDevice``: devices whose latest episode is a fault or a warning.
    public var devicesNeedingAttention = 0
    /// Compressed inputs that ended at damage (truncated or corrupt); the batch read the others to their end.
    public var damaged: [BatchInputDamage] = []

    /// An empty summary.
    public init() {}

    /// Whether the counts add up.
    public var isConsistent: Bool {
        lines == used + skipped + rejected && causes.values.reduce(0, +) + unmatched == episodes
    }

    /// The summary as one JSON object with the members `files`, `lines`, `used`, `skipped`, `rejected`,
    /// `devices`, `episodes`, `causes`, `unmatched`, `undiagnosed` (when interrupted or damaged), `seconds`,
    /// `interrupted`, `outputClosed`, `unknownModels`, `warnings`, and `damaged` when an input was:
    /// `[{"file", "compression", "offset", "reason"}]`.
    public var json: String {
        var writer = JSONWriter()
        writer.object { writer in
            writer.integer(files, key: "files")
            writer.integer(lines, key: "lines")
            writer.integer(used, key: "used")
            writer.integer(skipped, key: "skipped")
            writer.integer(rejected, key: "rejected")
            writer.integer(devices, key: "devices")
            writer.integer(episodes, key: "episodes")
            writer.object("causes") { writer in
                for (id, count) in rankedCauses { writer.integer(count, key: id) }
            }
            writer.integer(unmatched, key: "unmatched")
            if interrupted || !damaged.isEmpty { writer.integer(undiagnosed, key: "undiagnosed") }
            writer.number((seconds * 1000).rounded() / 1000, key: "seconds")
            writer.bool(interrupted, key: "interrupted")
            writer.bool(outputClosed, key: "outputClosed")
            writer.integer(unknownModels, key: "unknownModels")
            writer.strings("warnings", warnings)
            if let deviceCauses {
                writer.integer(devicesNeedingAttention, key: "devicesNeedingAttention")
                writer.object("deviceCauses") { writer in
                    for (id, count) in Self.ranked(deviceCauses) { writer.integer(count, key: id) }
                }
                writer.integer(devicesUnmatched, key: "devicesUnmatched")
            }
            if !damaged.isEmpty {
                writer.objects("damaged", damaged) { writer, damage in
                    writer.string(damage.file, key: "file")
                    writer.string(damage.compression, key: "compression")
                    writer.integer(damage.offset, key: "offset")
                    writer.string(damage.reason, key: "reason")
                }
            }
        }
        return writer.text
    }

    /// `causes` most episodes first, ties by cause id: the order of both the JSON and the text.
    private var rankedCauses: [(key: String, value: Int)] { Self.ranked(causes) }

    /// Counts by id, most first, ties by id.
    private static func ranked(_ counts: [String: Int]) -> [(key: String, value: Int)] {
        counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    }

    /// A few lines for people (stderr).
    public var text: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let seconds = (self.seconds * 100).rounded() / 100
        var text =
            "\(plural(files, "file")), \(plural(lines, "line")) (\(used) used, \(skipped) skipped, \(rejected) "
            + "rejected), "
        text += "\(plural(devices, "device")), \(plural(episodes, "episode")) in \(seconds) s"
        if seconds > 0, bytes > 0 {
            text += " (\(Int((Double(bytes) / 1e6 / seconds).rounded())) MB/s)"
        }
        if interrupted {
            text += " — interrupted"
            if undiagnosed > 0 {
                text += "; \(plural(undiagnosed, "open episode")) not diagnosed (--finish-on-interrupt diagnoses them)"
            }
        }
        if outputClosed { text += " — output closed" }
        if !damaged.isEmpty {
            text += " — \(plural(damaged.count, "damaged input"))"
            if !interrupted, undiagnosed > 0 {
                text += "; \(plural(undiagnosed, "open episode")) not diagnosed (--finish-on-interrupt diagnoses them)"
            }
        }
        let ranked = rankedCauses
        if !ranked.isEmpty || unmatched > 0 {
            var parts = ranked.map { "\($0.key) \($0.value)" }
            if unmatched > 0 { parts.append("no match \(unmatched)") }
            text += "\ncauses: " + parts.joined(separator: ", ")
        }
        if let deviceCauses {
            var parts = Self.ranked(deviceCauses).map { "\($0.key) \($0.value)" }
            if devicesUnmatched > 0 { parts.append("no match \(devicesUnmatched)") }
            text += "\ndevices: \(devicesNeedingAttention) need attention; latest: " + parts.joined(separator: ", ")
        }
        return text
    }
}
