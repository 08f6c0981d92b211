/// A number as typed: digits (with thousands separators, `1,000`), an optional fraction (`1.5`; `6.0` is
/// whole), an optional power (`10^30`) or exponent (`2e3`), and a sign; also a simple fraction (`1/2`)
/// and a clock time (`7:10`, `1:30`), which counts nothing and is a length only before a unit.
/// Read without overflow: a value too large for an `Int` keeps only its (possibly infinite) `Double`.
package struct NumberLiteral: Sendable, Hashable {
    /// The value; may be huge or infinite for absurd inputs.
    package var value: Double
    /// The exact value when it is a whole number of at most 15 digits.
    package var integer: Int?
    /// Whether it was typed as a clock time (`7:10`): `value` is then the first part plus the second in
    /// sixtieths ("1:30 minutes" is 1.5 minutes).
    package var isClock = false
    /// Whether the clock form counts from hours: three parts (`1:02:03`), or `1h30`.
    package var clockHasSeconds = false

    /// The largest magnitude kept exactly in `integer`.
    package static let exactLimit = 1_000_000_000_000_000

    /// A whole number.
    package init(_ integer: Int) {
        self.value = Double(integer)
        self.integer = integer
    }

    package init(value: Double, integer: Int?) {
        self.value = value
        self.integer = integer
    }

    /// The clock form read as a length in seconds: `m:ss` (`1:30` is 90 s) or `h:mm:ss` (`1:02:03` is
    /// 3723 s); `nil` when the number is not a clock form.
    package var clockLength: Double? {
        guard isClock else { return nil }
        return clockHasSeconds ? value * 3600 : value * 60
    }

    /// Whether the number has a fraction.
    package var isWhole: Bool { integer != nil || value == value.rounded(.towardZero) }

    /// The number with its sign flipped.
    package var negated: NumberLiteral { NumberLiteral(value: -value, integer: integer.map { -$0 }) }

    /// Whether "am" or "pm" (or "a.m." / "p.m.") starts at `index`, after at most one space.
    private static func meridiemFollows(_ bytes: [UInt8], at index: Int) -> Bool {
        var position = index
        if position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        guard position + 1 < bytes.count else { return false }
        let first = bytes[position] | 0x20
        guard first == UInt8(ascii: "a") || first == UInt8(ascii: "p") else { return false }
        let second = bytes[position + 1]
        return second | 0x20 == UInt8(ascii: "m") || second == UInt8(ascii: ".")
    }

    /// Reads digits `[0-9]+ ( "." [0-9]+ )? ( "^" [0-9]+ )?` from `bytes` at `start`; returns the
    /// number and the offset just past it.
    package static func scan(_ bytes: [UInt8], from start: Int) -> (NumberLiteral, Int) {
        var index = start
        var whole = 0
        var overflow = false
        var value = 0.0
        func digits(_ count: Int, at position: Int) -> Bool {
            guard position + count <= bytes.count else { return false }
            guard (position..<(position + count)).allSatisfy({ digitValue(bytes[$0]) != nil }) else { return false }
            return position + count == bytes.count || digitValue(bytes[position + count]) == nil
        }
        var groupDigits = 0
        var grouped = false
        while index < bytes.count, let digit = digitValue(bytes[index]) {
            groupDigits += 1
            if !overflow {
                let (times, o1) = whole.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(digit)
                if o1 || o2 || plus > exactLimit { overflow = true } else { whole = plus }
            }
            value = value * 10 + Double(digit)
            index += 1
            // "1,000": a comma before exactly three digits groups thousands.
            if index < bytes.count, bytes[index] == UInt8(ascii: ","), grouped ? groupDigits == 3 : groupDigits <= 3,
                digits(3, at: index + 1)
            {
                index += 1
                groupDigits = 0
                grouped = true
            }
        }
        let integerDigits = grouped ? 4 : index - start
        // "7:10", "1:30": a clock time.
        if integerDigits <= 2, index < bytes.count, bytes[index] == UInt8(ascii: ":"), digits(2, at: index + 1) {
            let minutes =
                Double(bytes[index + 1] - UInt8(ascii: "0")) * 10 + Double(bytes[index + 2] - UInt8(ascii: "0"))
            if minutes < 60 {
                var end = index + 3
                var seconds = 0.0
                if end < bytes.count, bytes[end] == UInt8(ascii: ":"), digits(2, at: end + 1) {
                    seconds =
                        Double(bytes[end + 1] - UInt8(ascii: "0")) * 10 + Double(bytes[end + 2] - UInt8(ascii: "0"))
                    end += 3
                }
                var clock = NumberLiteral(value: value + minutes / 60 + seconds / 3600, integer: nil)
                clock.isClock = true
                clock.clockHasSeconds = end > index + 3
                return (clock, end)
            }
        }
        // "19h05", "7h30": a clock time as it is written in much of Europe; "8.10pm": one with a dot before "am"/"pm".
        if integerDigits <= 2, !grouped, whole < 24, index + 2 < bytes.count,
            bytes[index] | 0x20 == UInt8(ascii: "h") && digits(2, at: index + 1)
                || bytes[index] == UInt8(ascii: ".") && digits(2, at: index + 1)
                    && meridiemFollows(bytes, at: index + 3)
        {
            let minutes =
                Double(bytes[index + 1] - UInt8(ascii: "0")) * 10 + Double(bytes[index + 2] - UInt8(ascii: "0"))
            if minutes < 60 {
                var clock = NumberLiteral(value: value + minutes / 60, integer: nil)
                clock.isClock = true
                clock.clockHasSeconds = true  // hours first, as in `h:mm:ss`: "for 1h30" is an hour and a half
                return (clock, index + 3)
            }
        }
        // "1/2 hour": a simple fraction (other "5/6" are ranges, read by the tokenizer).
        if integerDigits == 1, whole == 1, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "/"),
            digits(1, at: index + 1),
            let denominator = digitValue(bytes[index + 1]), (2...4).contains(denominator)
        {
            return (NumberLiteral(value: 1 / Double(denominator), integer: nil), index + 2)
        }
        var fraction = false
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), digitValue(bytes[index + 1]) != nil {
            index += 1
            var scale = 0.1
            while index < bytes.count, let digit = digitValue(bytes[index]) {
                value += Double(digit) * scale
                if digit != 0 { fraction = true }  // "6.0" is six
                scale /= 10
                index += 1
            }
        }
        // "2e3": a decimal exponent, when a digit follows the e and no letter follows the digits.
        if index + 1 < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e"), digitValue(bytes[index + 1]) != nil {
            var end = index + 1
            var exponent = 0
            while end < bytes.count, let digit = digitValue(bytes[end]) {
                exponent = min(exponent * 10 + digit, 400)
                end += 1
            }
            if end == bytes.count || !(bytes[end] | 0x20 >= UInt8(ascii: "a") && bytes[end] | 0x20 <= UInt8(ascii: "z"))
            {
                value *= pow10(exponent)
                index = end
                overflow = overflow || !(value <= Double(exactLimit))
                if !overflow, !fraction || value == value.rounded() {
                    whole = Int(value)
                    fraction = false
                }
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

    /// 10 to the power `exponent` (infinite when it does not fit).
    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent where result.isFinite { result *= 10 }
        return result
    }

    /// The value of an ASCII digit.
    package static func digitValue(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
