/// The domain's words for time, in one place: what counts as a blink, slow or fast, brief or stuck.
/// Defaults follow the Blink guides; every value can be changed for a rig that behaves differently.
public struct TimingVocabulary: Sendable, Hashable, Codable {
    /// An `on` shorter than this is a blink pulse; longer is a solid light. Default 2 s.
    public var longestBlinkOn: Double
    /// A blink run whose period is at least this is slow. Default 1.5 s.
    public var slowPeriod: Double
    /// A blink run whose period is below this is fast. Default 0.8 s.
    public var fastPeriod: Double
    /// Upper bound of "brief" in seconds. Default 3 s ("brief" is 1–3 short flashes).
    public var briefLimit: Double
    /// Upper bound of "seconds". Default 45 s.
    public var secondsLimit: Double
    /// Upper bound of "about a minute". Default 90 s.
    public var minuteLimit: Double
    /// Upper bound of "minutes"; longer is "hours". Default 3600 s.
    public var minutesLimit: Double
    /// A solid light this long without a blink is "stuck". Default 120 s.
    public var stuckSolid: Double
    /// The longest the blue recording light stays on for one clip. Default 60 s.
    public var longestRecording: Double
    /// The low-battery flashes start within this long after the recording light goes off. Default 1 s.
    public var lowBatteryDelay: Double
    /// Darkness at least this long ends an episode. Default 10 s.
    public var episodeGap: Double

    /// Creates a vocabulary; every parameter defaults to the domain's value.
    public init(
        longestBlinkOn: Double = 2,
        slowPeriod: Double = 1.5,
        fastPeriod: Double = 0.8,
        briefLimit: Double = 3,
        secondsLimit: Double = 45,
        minuteLimit: Double = 90,
        minutesLimit: Double = 3600,
        stuckSolid: Double = 120,
        longestRecording: Double = 60,
        lowBatteryDelay: Double = 1,
        episodeGap: Double = 10
    ) {
        self.longestBlinkOn = longestBlinkOn
        self.slowPeriod = slowPeriod
        self.fastPeriod = fastPeriod
        self.briefLimit = briefLimit
        self.secondsLimit = secondsLimit
        self.minuteLimit = minuteLimit
        self.minutesLimit = minutesLimit
        self.stuckSolid = stuckSolid
        self.longestRecording = longestRecording
        self.lowBatteryDelay = lowBatteryDelay
        self.episodeGap = episodeGap
    }

    /// The domain's defaults.
    public static let `default` = TimingVocabulary()

    /// The bucket a length in seconds falls into.
    public func bucket(forSeconds seconds: Double) -> DurationBucket {
        if seconds < briefLimit { return .brief }
        if seconds < secondsLimit { return .seconds }
        if seconds < minuteLimit { return .minute }
        if seconds < minutesLimit { return .minutes }
        return .hours
    }

    /// The speed class of a blink run with the given period (on + off) in seconds.
    public func speed(forPeriod period: Double) -> BlinkSpeed {
        if period >= slowPeriod { return .slow }
        if period < fastPeriod { return .fast }
        return .medium
    }
}
