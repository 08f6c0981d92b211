/// Reads the timestamps of LED logs straight from bytes: ISO-8601 date-times or a number of seconds.
///
/// - ISO-8601: `YYYY-MM-DDTHH:MM[:SS[.fraction]]` (`T`, `t` or one space between date and time), then
///   `Z`, an offset `±HH`, `±HHMM` or `±HH:MM`, or nothing (read as UTC). Up to nine fraction digits
///   count; more are checked but ignored.
/// - A number of seconds: `[+-]DIGITS[.DIGITS][(e|E)[+-]DIGITS]` (any origin — only differences matter).
///
/// The value is seconds since 1970-01-01T00:00:00Z for ISO times. Every format takes the same forms,
/// and every time must lie within ``range`` seconds of 0 (``isInRange(_:)``): there a `Double` keeps a
/// time to 8 µs, so lengths are exact to the millisecond; further out a line is rejected as out of
/// range — also a millisecond epoch (`1733240000123`), which read as seconds would stretch every length
/// a thousandfold. No Foundation, no allocation: the
/// date and minute go through ``BatchTimestamp.DayCache``, so consecutive lines of one minute cost a compare.
public enum BatchTimestamp {
    /// How far from 1970 a time may be, in seconds: 1e11 (the years −1199 to 5138). Below it a time's
    /// `Double` has a spacing of at most 2⁻¹⁶ s (15 µs), so the difference of two times is exact to the
    /// millisecond; 2⁵³ ÷ 1000 ≈ 9e12 would keep only whole milliseconds of one time, and a difference
    /// of two could be off by one.
    public static let range = 1e11

    /// Whether `seconds` is a time the batch reads: finite and less than ``range`` from 0.
    @inline(__always)
    public static func isInRange(_ seconds: Double) -> Bool {
        abs(seconds) < range
    }

    /// The seconds `bytes` stands for, or `nil` when it is not a timestamp or lies out of ``range``.
    public static func seconds(_ bytes: UnsafeRawBufferPointer) -> Double? {
        var cache = BatchTimestamp.DayCache()
        guard let base = bytes.baseAddress,
            let value = seconds(base.assumingMemoryBound(to: UInt8.self), count: bytes.count, cache: &cache),
            isInRange(value)
        else { return nil }
        return value
    }

    /// The seconds the `count` bytes at `p` stand for, or `nil` when they are not a timestamp.
    @inline(__always)
    static func seconds(_ p: UnsafePointer<UInt8>, count: Int, cache: inout BatchTimestamp.DayCache) -> Double? {
        if count >= 10, p[4] == UInt8(ascii: "-") {
            return iso(p, count: count, cache: &cache)
        }
        return number(p, count: count)
    }

    /// `[+-]DIGITS[.DIGITS][(e|E)[+-]DIGITS]`; a number too large to keep exactly is returned anyway
    /// (possibly infinite) for the range check to refuse.
    static func number(_ p: UnsafePointer<UInt8>, count: Int) -> Double? {
        var i = 0
        var negative = false
        if i < count, p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+") {
            negative = p[i] == UInt8(ascii: "-")
            i += 1
        }
        var whole: UInt64 = 0
        var digits = 0
        while i < count, p[i] &- 48 < 10 {
            if digits < 18 { whole = whole &* 10 &+ UInt64(p[i] &- 48) }
            digits += 1
            i += 1
        }
        guard digits > 0 else { return nil }
        // More than 18 digits is far out of range: the value is then only roughly right.
        var value = digits <= 18 ? Double(whole) : Double.infinity
        if i < count, p[i] == UInt8(ascii: ".") {
            i += 1
            guard let fraction = Self.fraction(p, from: &i, count: count) else { return nil }
            value += fraction
        }
        if i < count, p[i] | 0x20 == UInt8(ascii: "e") {
            return exponentNumber(p, count: count, exponentAt: i)
        }
        guard i == count else { return nil }
        return negative ? -value : value
    }

    /// A number with an exponent (`1.7e9`, `-2E+3`), whose part before the `e` at `exponentAt` is
    /// checked already. Rare, so it may build a string; a huge exponent gives an infinite value.
    private static func exponentNumber(_ p: UnsafePointer<UInt8>, count: Int, exponentAt start: Int) -> Double? {
        var i = start + 1
        if i < count, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
        let digitsStart = i
        while i < count, p[i] &- 48 < 10 { i += 1 }
        guard i > digitsStart, i == count else { return nil }
        let text = String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
        return Double(text)
    }

    /// Whether the `count` bytes at `p` are digits after an optional sign: a number, however long.
    static func isDigits(_ p: UnsafePointer<UInt8>, count: Int) -> Bool {
        var i = 0
        if i < count, p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+") { i += 1 }
        guard i < count else { return false }
        while i < count, p[i] &- 48 < 10 { i += 1 }
        return i == count
    }

    /// The ISO-8601 form.
    static func iso(_ p: UnsafePointer<UInt8>, count: Int, cache: inout BatchTimestamp.DayCache) -> Double? {
        // YYYY-MM-DDTHH:MM — the same 16 bytes as the last line's need no second look.
        guard count >= 16, p[7] == UInt8(ascii: "-") else { return nil }
        let minuteStart: Int
        if let cached = cache.minute(p) {
            minuteStart = cached
        } else {
            let days: Int
            if let cached = cache.days(p) {
                days = cached
            } else {
                guard let year = digits(p, 0, 4), let month = digits(p, 5, 2), let day = digits(p, 8, 2),
                    (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
                else { return nil }
                days = daysFromCivil(year: year, month: month, day: day)
                cache.store(p, days: days)
            }
            let separator = p[10]
            guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " ")
            else { return nil }
            // HH:MM[:SS]
            guard p[13] == UInt8(ascii: ":"), let hour = digits(p, 11, 2), let minute = digits(p, 14, 2), hour < 24,
                minute < 60
            else { return nil }
            minuteStart = days * 86_400 + hour * 3600 + minute * 60
            cache.store(p, minute: minuteStart)
        }
        // The common shape, `…:SS.fffZ` (24 bytes), in one word: the same value the loop below gives.
        if count == 24, let tail = millisecondTail(p + 16) {
            return Double(minuteStart + tail.second) + Double(tail.millis) / 1000
        }
        var i = 16
        var second = 0
        var fraction = 0.0
        if i < count, p[i] == UInt8(ascii: ":") {
            guard i + 3 <= count, let s = digits(p, i + 1, 2), s <= 60 else { return nil }
            second = s
            i += 3
            if i < count, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: ",") {
                i += 1
                guard let f = Self.fraction(p, from: &i, count: count) else { return nil }
                fraction = f
            }
        }
        var offset = 0
        if i < count {
            let zone = p[i]
            if zone == UInt8(ascii: "Z") || zone == UInt8(ascii: "z") {
                i += 1
            } else if zone == UInt8(ascii: "+") || zone == UInt8(ascii: "-") {
                guard i + 3 <= count, let hours = digits(p, i + 1, 2), hours < 24 else { return nil }
                i += 3
                var minutes = 0
                if i < count, p[i] == UInt8(ascii: ":") { i += 1 }
                if i < count {
                    guard i + 2 <= count, let m = digits(p, i, 2), m < 60 else { return nil }
                    minutes = m
                    i += 2
                }
                offset = (hours * 60 + minutes) * 60
                if zone == UInt8(ascii: "-") { offset = -offset }
            } else {
                return nil
            }
        }
        guard i == count else { return nil }
        let whole = minuteStart + second - offset
        return Double(whole) + fraction
    }

    /// The seconds and milliseconds of the 8 bytes `:SS.fffZ` at `p` (digits checked, seconds at
    /// most 60, as the general reading checks them), read as one little-endian word; `nil` for any
    /// other bytes (`,`, `z`, other fraction lengths, offsets), which the general reading takes.
    @inline(__always)
    static func millisecondTail(_ p: UnsafePointer<UInt8>) -> (second: Int, millis: Int)? {
        let word = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
        // Bytes 0, 3 and 7 are ':', '.' and 'Z'; bytes 1, 2, 4, 5 and 6 are digits: high nibble 3,
        // and low nibble at most 9 (adding 6 keeps the high nibble; no carry crosses a byte).
        let highNibbles: UInt64 = 0x00F0_F0F0_00F0_F000
        let digitHighs: UInt64 = 0x0030_3030_0030_3000
        guard word & 0xFF00_0000_FF00_00FF == 0x5A00_0000_2E00_003A,
            word & highNibbles == digitHighs,
            (word &+ 0x0006_0606_0006_0600) & highNibbles == digitHighs
        else { return nil }
        let digits = word &- digitHighs
        let second =
            Int(truncatingIfNeeded: (digits >> 8) & 0xFF) &* 10 &+ Int(truncatingIfNeeded: (digits >> 16) & 0xFF)
        guard second <= 60 else { return nil }
        let millis =
            Int(truncatingIfNeeded: (digits >> 32) & 0xFF) &* 100 &+ Int(truncatingIfNeeded: (digits >> 40) & 0xFF)
            &* 10
            &+ Int(truncatingIfNeeded: (digits >> 48) & 0xFF)
        return (second, millis)
    }

    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

    /// Digits after a decimal point, at `i`; at least one. Moves `i` past them.
    @inline(__always)
    private static func fraction(_ p: UnsafePointer<UInt8>, from i: inout Int, count: Int) -> Double? {
        var value: UInt64 = 0
        var used = 0
        let start = i
        while i < count, p[i] &- 48 < 10 {
            if used < 9 {
                value = value &* 10 &+ UInt64(p[i] &- 48)
                used += 1
            }
            i += 1
        }
        guard i > start else { return nil }
        return Double(value) / powersOfTen[used]
    }

    /// `width` decimal digits at `start`, or `nil`.
    @inline(__always)
    private static func digits(_ p: UnsafePointer<UInt8>, _ start: Int, _ width: Int) -> Int? {
        var value = 0
        for i in start..<(start + width) {
            let digit = p[i] &- 48
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
