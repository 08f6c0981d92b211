public import LEDEngine

/// One device's episodes rolled up (`leddiag batch --by-device`): how many, when, what its latest episode
/// says and how often each cause came. A batch writes one per device at the end, most urgent first
/// (``urgencyOrder``).
public struct BatchDevice: Sendable, Hashable {
    /// The device's latest episode: where it is, what it says and what to try first.
    public struct Latest: Sendable, Hashable {
        /// Its top cause id; `nil` when no rule matched.
        public var cause: String?
        /// The top cause's confidence.
        public var confidence: Double?
        /// The top cause's severity; `nil` when no rule matched.
        public var severity: Severity?
        /// Its first and last timestamps as written (`nil` for a typed observation without one).
        public var start: String?
        public var end: String?
        /// The same instants in seconds since 1970 (`nil` when there is none).
        public var startTime: Double?
        public var endTime: Double?
        /// The first fix of its plan.
        public var fix: String?
        /// Its input (index and name) and first and last line.
        public var fileIndex: Int
        public var file: String
        public var firstLine: Int
        public var lastLine: Int
    }

    /// How urgent a device is, by its latest episode: a fault, a warning, no rule matched, or normal.
    public enum Attention: Int, Sendable, Hashable, Comparable, CaseIterable {
        case fault, warning, unmatched, normal

        /// Whether someone should look at the device: its latest episode is a fault or a warning.
        public var needsAttention: Bool { self == .fault || self == .warning }

        public static func < (lhs: Attention, rhs: Attention) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The device name as logged.
    public var device: String
    /// The catalog id of its latest episode's model (`nil` when unknown).
    public var model: String?
    /// Episodes diagnosed (typed observations count one each).
    public var episodes = 0
    /// When its first episode started, and its latest ended: as written, and in seconds since 1970.
    public var first: String?
    public var last: String?
    public var firstTime: Double?
    public var lastTime: Double?
    /// Its latest episode.
    public var latest: Latest
    /// Its episodes by top cause id.
    public var causes: [String: Int] = [:]
    /// Its episodes no rule matched.
    public var unmatched = 0

    /// How urgent the device is.
    public var attention: Attention {
        switch latest.severity {
        case .fault: return .fault
        case .warning: return .warning
        case .normal: return .normal
        case nil: return .unmatched
        }
    }

    /// How many of its episodes had its latest episode's cause (or, when none matched, matched nothing).
    public var latestCount: Int {
        latest.cause.map { causes[$0] ?? 0 } ?? unmatched
    }

    /// `causes`, most episodes first, ties by id.
    public var rankedCauses: [(key: String, value: Int)] {
        causes.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    }

    /// The order of the roll-up: faults, then warnings, then devices whose latest episode no rule matched,
    /// then normal ones; within each, the device whose latest cause came most often first, then by name.
    public static func urgencyOrder(_ lhs: BatchDevice, _ rhs: BatchDevice) -> Bool {
        if lhs.attention != rhs.attention { return lhs.attention < rhs.attention }
        if lhs.latestCount != rhs.latestCount { return lhs.latestCount > rhs.latestCount }
        return lhs.device < rhs.device
    }
}
