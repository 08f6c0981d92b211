/// Bounds on blink counts: a count outside them is an input error, not an observation.
public enum BlinkCountLimits {
    /// The largest count accepted (a day of 1 Hz blinking is 86,400; this allows a week).
    public static let maximum = 1_000_000
}
