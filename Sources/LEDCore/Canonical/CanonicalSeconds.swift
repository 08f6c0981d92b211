import LEDSupport

/// Seconds as the canonical string writes them: millisecond resolution, no trailing zeros.
/// Producers of exact times (the timeline builder) round with ``rounded(_:)`` so that
/// events → string → events gives back equal events.

public enum CanonicalSeconds {
    /// The value the canonical string can carry: rounded to the millisecond.
    public static func rounded(_ seconds: Double) -> Double {
        (seconds * 1000).rounded() / 1000
    }

    /// Writes `seconds` (non-negative, finite) as `12`, `12.5` or `0.125`.
    package static func write(_ seconds: Double, into out: inout String) {
        var bytes: [UInt8] = []
        write(seconds, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `seconds` (non-negative, finite) as `12`, `12.5` or `0.125`; anything else as `0`.
    static func write(_ seconds: Double, into out: inout [UInt8]) {
        guard seconds.isFinite, seconds >= 0, seconds < 1e15 else {
            out.append(UInt8(ascii: "0"))
            return
        }
        let millis = Int64((seconds * 1000).rounded())
        appendInteger(millis / 1000, to: &out)
        DecimalText.withFraction(UInt64(millis % 1000), places: 3) { out.append(contentsOf: $0) }
    }

    /// Appends an integer in decimal (a negative one with its sign).
    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        DecimalText.withDigits(of: value) { out.append(contentsOf: $0) }
    }
}
