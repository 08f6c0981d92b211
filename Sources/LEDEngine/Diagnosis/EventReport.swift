public import LEDCore

/// One event as a diagnosis reports it: its canonical token and its fields, flat and JSON-friendly.

public struct EventReport: Sendable, Hashable, Codable {
    /// The 0-based step the event belongs to; events of one step happen at the same time.
    public var step: Int
    /// The canonical token (`red:blink:6:_:_:_:_`).
    public var token: String
    /// The colour(s).
    public var colors: [LEDColor]
    /// What the LED did.
    public var kind: EventKind
    /// The count as the canonical string writes it (`6`, `5-6`, `few`), when known.
    public var count: String?
    /// The speed class, when known.
    public var speed: BlinkSpeed?
    /// The duration bucket, when known.
    public var duration: DurationBucket?
    /// The exact duration in seconds, when known.
    public var seconds: Double?
    /// Median on-time of a pulse, when known.
    public var on: Double?
    /// Median off-time of a pulse, when known.
    public var off: Double?
    /// Flags (`ongoing`, `noblink`, anomalies).
    public var flags: [String]
    /// Where it came from in the text (`[start, end]` characters) or log (`[first, last]` lines).
    public var source: [Int]?

    /// The report of `event`, the `step`-th step's.
    public init(_ event: LEDEvent, step: Int) {
        self.init(event, step: step, token: CanonicalWriter.token(for: event))
    }

    /// The report of `event`, whose canonical token (already written) is `token`.
    init(_ event: LEDEvent, step: Int, token: String) {
        self.step = step
        self.token = token
        self.colors = event.colors
        self.kind = event.kind
        self.count = event.count?.canonical
        self.speed = event.speed
        self.duration = event.duration?.bucket
        self.seconds = event.duration?.seconds
        self.on = event.timing?.on
        self.off = event.timing?.off
        self.flags = event.flags.sorted().map(\.rawValue)
        switch event.source {
        case .text(let start, let end): self.source = [start, end]
        case .lines(let first, let last): self.source = [first, last]
        case nil: self.source = nil
        }
    }
}
