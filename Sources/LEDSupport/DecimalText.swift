/// Decimal text of integers and of fixed-point fractions, written into a small stack buffer and
/// lent to the caller: the writers that build UTF-8 directly (canonical strings, JSON) append it
/// in one go instead of making a `String`.
package enum DecimalText {
    /// Calls `body` with the decimal digits of `value` (a `-` first when it is negative).
    @inline(__always)
    package static func withDigits<R>(of value: Int64, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits and a sign
        return withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            return body(UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Calls `body` with `.` and the `places` decimals of `fraction` (below 10^`places`, at most 18
    /// places) without trailing zeros — `0.0250` as `.025`; with no bytes when `fraction` is 0.
    @inline(__always)
    package static func withFraction<R>(_ fraction: UInt64, places: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        var fraction = fraction
        var places = places
        while fraction != 0, fraction % 10 == 0 {
            fraction /= 10
            places -= 1
        }
        var text: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return withUnsafeMutableBytes(of: &text) { buffer in
            guard fraction != 0 else { return body(UnsafeRawBufferPointer(rebasing: buffer[0..<0])) }
            buffer[0] = UInt8(ascii: ".")
            var index = places
            while index > 0 {
                buffer[index] = UInt8(ascii: "0") + UInt8(fraction % 10)
                fraction /= 10
                index -= 1
            }
            return body(UnsafeRawBufferPointer(rebasing: buffer[0...places]))
        }
    }
}
