/// The on and off time of one pulse of a blink run (medians, in seconds).
public struct PulseTiming: Sendable, Hashable, Codable {
    /// How long the LED is lit in one pulse.
    public var on: Double
    /// How long it is dark between pulses, when known (a single pulse has none).
    public var off: Double?

    /// Creates a timing from an on-time and an optional off-time, in seconds.
    public init(on: Double, off: Double?) {
        self.on = on
        self.off = off
    }

    /// One on–off cycle, when the off-time is known.
    public var period: Double? { off.map { on + $0 } }
}
