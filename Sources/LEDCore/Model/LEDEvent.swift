/// One thing an LED (or LEDs lit together) did: a solid light, a blink run, colours alternating, or dark.
public struct LEDEvent: Sendable, Hashable, Codable {
    /// The colour(s), sorted. Several colours are lit together, or take turns when `kind` is `.alternating`.
    public var colors: [LEDColor]
    /// What the LED did.
    public var kind: EventKind
    /// How many pulses, when known.
    public var count: BlinkCount?
    /// How fast it pulsed, when known.
    public var speed: BlinkSpeed?
    /// How long the event lasted, when known.
    public var duration: EventDuration?
    /// The median on and off time of one pulse, when known.
    public var timing: PulseTiming?
    /// Still-going, negations and log anomalies.
    public var flags: Set<EventFlag>
    /// Where the event came from. Not part of the canonical string, and not compared by `==`.
    public var source: SourceSpan?

    /// Creates an event; colours are sorted and deduplicated.
    public init(
        colors: [LEDColor],
        kind: EventKind,
        count: BlinkCount? = nil,
        speed: BlinkSpeed? = nil,
        duration: EventDuration? = nil,
        timing: PulseTiming? = nil,
        flags: Set<EventFlag> = [],
        source: SourceSpan? = nil
    ) {
        self.colors = Self.isStrictlyAscending(colors) ? colors : Array(Set(colors)).sorted()
        self.kind = kind
        self.count = count
        self.speed = speed
        self.duration = duration
        self.timing = timing
        self.flags = flags
        self.source = source
    }

    /// Whether `colors` are sorted without repeats already (the timeline builder's are), which spares
    /// building a set per event. Alphabetical order is declaration order, so the index compares.
    private static func isStrictlyAscending(_ colors: [LEDColor]) -> Bool {
        guard colors.count > 1 else { return true }
        for index in 1..<colors.count where colors[index - 1].timelineIndex >= colors[index].timelineIndex {
            return false
        }
        return true
    }

    /// Whether the event is still going at the end of the observation.
    public var isOngoing: Bool { flags.contains(.ongoing) }

    /// Events are equal when everything the canonical string carries is equal; `source` is ignored.
    public static func == (lhs: LEDEvent, rhs: LEDEvent) -> Bool {
        lhs.colors == rhs.colors && lhs.kind == rhs.kind && lhs.count == rhs.count && lhs.speed == rhs.speed
            && lhs.duration == rhs.duration && lhs.timing == rhs.timing && lhs.flags == rhs.flags
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(colors)
        hasher.combine(kind)
        hasher.combine(count)
        hasher.combine(speed)
        hasher.combine(duration)
        hasher.combine(timing)
        hasher.combine(flags)
    }
}
