/// A number as typed: digits, an optional fraction (`1.5`), an optional power (`10^30`), and a sign.
/// Read without overflow: a value too large for an `Int` keeps only its (possibly infinite) `Double`.
struct NumberLiteral: Sendable, Hashable {
    /// The value; may be huge or infinite for absurd inputs.
    var value: Double
    /// The exact value when it is a whole number of at most 15 digits.
    var integer: Int?

    /// The largest magnitude kept exactly in `integer`.
    static let exactLimit = 1_000_000_000_000_000

    /// A whole number.
    init(_ integer: Int) {
        self.value = Double(integer)
        self.integer = integer
    }

    init(value: Double, integer: Int?) {
        self.value = value
        self.integer = integer
    }

    /// Whether the number has a fraction.
    var isWhole: Bool { integer != nil || value == value.rounded(.towardZero) }

    /// The number with its sign flipped.
    var negated: NumberLiteral { NumberLiteral(value: -value, integer: integer.map { -$0 }) }

    /// Reads digits `[0-9]+ ( "." [0-9]+ )? ( "^" [0-9]+ )?` from `bytes` at `start`; returns the
    /// number and the offset just past it.
    static func scan(_ bytes: [UInt8], from start: Int) -> (NumberLiteral, Int) {
        var index = start
        var whole = 0
        var overflow = false
        var value = 0.0
        while index < bytes.count, let digit = digitValue(bytes[index]) {
            if !overflow {
                let (times, o1) = whole.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(digit)
                if o1 || o2 || plus > exactLimit { overflow = true } else { whole = plus }
            }
            value = value * 10 + Double(digit)
            index += 1
        }
        var fraction = false
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), digitValue(bytes[index + 1]) != nil {
            fraction = true
            index += 1
            var scale = 0.1
            while index < bytes.count, let digit = digitValue(bytes[index]) {
                value += Double(digit) * scale
                scale /= 10
                index += 1
            }
        }
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "^"), digitValue(bytes[index + 1]) != nil {
            index += 1
            var exponent = 0
            while index < bytes.count, let digit = digitValue(bytes[index]) {
                exponent = min(exponent * 10 + digit, 10_000)
                index += 1
            }
            let base = value
            value = 1
            var remaining = exponent
            while remaining > 0, value.isFinite {
                value *= base
                remaining -= 1
            }
            overflow = !(value <= Double(exactLimit)) || overflow && base > 1
            if !overflow { whole = Int(value) }
        }
        let integer = (overflow || fraction) ? nil : whole
        return (NumberLiteral(value: value, integer: integer), index)
    }

    /// The value of an ASCII digit.
    static func digitValue(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
