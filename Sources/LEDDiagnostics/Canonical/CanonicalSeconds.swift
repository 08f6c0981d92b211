/// Seconds as the canonical string writes them: millisecond resolution, no trailing zeros.
/// Producers of exact times (the timeline builder) round with ``rounded(_:)`` so that
/// events → string → events gives back equal events.
public enum CanonicalSeconds {
    /// The value the canonical string can carry: rounded to the millisecond.
    public static func rounded(_ seconds: Double) -> Double {
        (seconds * 1000).rounded() / 1000
    }

    /// Writes `seconds` (non-negative, finite) as `12`, `12.5` or `0.125`.
    static func write(_ seconds: Double, into out: inout String) {
        guard seconds.isFinite, seconds >= 0, seconds < 1e15 else {
            out += "0"
            return
        }
        let millis = Int64((seconds * 1000).rounded())
        out += String(millis / 1000)
        var fraction = Int(millis % 1000)
        guard fraction != 0 else { return }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        out += "."
        let text = String(fraction)
        out += String(repeating: "0", count: digits - text.count)
        out += text
    }
}
