public import LEDCore

/// One line of a test-rig log for one device: at `time`, the LED of `color` went on or off.

public struct LEDTransition: Sendable, Hashable {
    /// When the transition happened, in seconds (any origin; only differences matter).
    public var time: Double
    /// Which LED colour switched.
    public var color: LEDColor
    /// Whether the colour switched on (`true`) or off (`false`).
    public var isOn: Bool
    /// The 1-based line of the log this transition came from, for ``SourceSpan/lines(first:last:)``.
    public var line: Int

    /// Creates a transition.
    public init(time: Double, color: LEDColor, isOn: Bool, line: Int) {
        self.time = time
        self.color = color
        self.isOn = isOn
        self.line = line
    }
}
