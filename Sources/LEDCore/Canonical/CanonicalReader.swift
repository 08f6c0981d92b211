/// Reads the canonical event language back into an ``Observation``.
///
/// The reader accepts what ``CanonicalWriter`` writes, and variants that mean the same and are written
/// back in the one canonical form (docs/event-language.md, "As input"): trailing `_` fields of an event
/// left out (`red:blink:6`); a UTF-8 byte-order mark before the string, and spaces, tabs and line breaks
/// after it; more than one space between events; leading zeros in numbers (`06`, `seconds=012.50`) and
/// more than three decimals (rounded to the millisecond); contexts, colours, events of a step and flags
/// in any order, and a context or flag named twice. A string that contradicts itself — a colour named
/// twice in one event (`red-red`), a bucket whose seconds lie outside it (`brief=3600`), `continuous`
/// with seconds, `none` with a kind other than `off` or with a count — and anything else off-grammar is
/// a ``CanonicalSyntaxError`` naming the byte offset in the text as given.
public enum CanonicalReader {
    /// Whether `text` looks like a canonical string (starts with `dev=`, after an optional byte-order
    /// mark), rather than typed words.
    public static func looksCanonical(_ text: some StringProtocol) -> Bool {
        let utf8 = text.utf8
        if utf8.starts(with: byteOrderMark) { return utf8.dropFirst(byteOrderMark.count).starts(with: "dev=".utf8) }
        return utf8.starts(with: "dev=".utf8)
    }

    /// The UTF-8 byte-order mark (U+FEFF), which text saved by some editors starts with.
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes of a canonical string that its grammar reads: without a leading byte-order mark and
    /// without trailing spaces, tabs, CRs and LFs.
    package static func content(of bytes: [UInt8]) -> Range<Int> {
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        var end = bytes.count
        while end > start,
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[end - 1])
        {
            end -= 1
        }
        return start..<end
    }

    /// The words of a canonical string — the device, the contexts, `:`, then one per step — as byte
    /// ranges of `bytes` between the spaces of its ``content(of:)``.
    package static func words(of bytes: [UInt8]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        let content = content(of: bytes)
        var index = content.lowerBound
        while index < content.upperBound {
            while index < content.upperBound, bytes[index] == UInt8(ascii: " ") { index += 1 }
            let start = index
            while index < content.upperBound, bytes[index] != UInt8(ascii: " ") { index += 1 }
            if index > start { words.append(start..<index) }
        }
        return words
    }

    /// Parses a whole canonical string.
    public static func observation(from text: String) throws(CanonicalSyntaxError) -> Observation {
        let bytes = Array(text.utf8)
        let content = Self.content(of: bytes)
        let end = content.upperBound
        var cursor = content.lowerBound
        func fail(_ message: String, at offset: Int) -> CanonicalSyntaxError {
            CanonicalSyntaxError(message, offset: offset, input: text)
        }
        func expect(_ literal: String) throws(CanonicalSyntaxError) {
            let start = cursor
            for byte in literal.utf8 {
                guard cursor < end, bytes[cursor] == byte else {
                    throw fail("expected \"\(literal)\"", at: start)
                }
                cursor += 1
            }
        }
        func word() -> (String, Int) {
            let start = cursor
            while cursor < end, bytes[cursor] != UInt8(ascii: " ") { cursor += 1 }
            return (String(decoding: bytes[start..<cursor], as: UTF8.self), start)
        }

        try expect("dev=")
        let (deviceText, deviceOffset) = word()
        let device: String?
        if deviceText == "?" {
            device = nil
        } else if !deviceText.isEmpty, deviceText.utf8.allSatisfy(Self.isDeviceByte) {
            device = deviceText
        } else {
            throw fail("a device id is lower-case letters, digits and '-', or '?'", at: deviceOffset)
        }
        try expect(" ctx=")
        let (contextText, contextOffset) = word()
        var contexts: Set<ObservationContext> = []
        if contextText != "-" {
            contexts = Set(
                try Self.names(contextText[...], separator: ",", what: "context", offset: contextOffset, fail: fail))
        }
        try expect(" :")

        var steps: [EventStep] = []
        while cursor < end {
            guard bytes[cursor] == UInt8(ascii: " ") else {
                throw fail("expected a space before the next event", at: cursor)
            }
            while cursor < end, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            if cursor == end { break }
            let (stepText, stepOffset) = word()
            var events: [LEDEvent] = []
            var offset = stepOffset
            for token in stepText.split(separator: "&", omittingEmptySubsequences: false) {
                events.append(try event(from: token, offset: offset, input: text))
                offset += token.utf8.count + 1
            }
            steps.append(EventStep(events))
        }
        return Observation(device: device, contexts: contexts, steps: steps)
    }

    /// Parses one event token such as `red:blink:6:fast:brief=2.3:0.2/0.2:_`.
    public static func event(from token: some StringProtocol) throws(CanonicalSyntaxError) -> LEDEvent {
        try event(from: Substring(token), offset: 0, input: String(token))
    }

    private static func event(
        from token: Substring, offset: Int, input: String
    ) throws(CanonicalSyntaxError) -> LEDEvent {
        func fail(_ message: String, at fieldOffset: Int) -> CanonicalSyntaxError {
            CanonicalSyntaxError(message, offset: fieldOffset, input: input)
        }
        let fields = token.split(separator: ":", omittingEmptySubsequences: false)
        var offsets: [Int] = []
        var running = offset
        for field in fields {
            offsets.append(running)
            running += field.utf8.count + 1
        }
        guard fields.count >= 2 else {
            throw fail("an event needs at least colors and kind, as in red:blink", at: offset)
        }
        guard fields.count <= 7 else {
            throw fail("an event has seven fields; this one has \(fields.count)", at: offsets[7])
        }
        func field(_ index: Int) -> Substring? {
            guard index < fields.count, fields[index] != "_" else { return nil }
            return fields[index]
        }

        let colors: [LEDColor] =
            fields[0] == "none"
            ? [] : try Self.names(fields[0], separator: "-", what: "color", offset: offsets[0], fail: fail)
        try Self.checkDistinct(colors, offset: offsets[0], fail: fail)
        let kind: EventKind = try Self.name(fields[1], what: "kind", offset: offsets[1], fail: fail)
        if colors.isEmpty {
            try Self.checkNone(kind: kind, count: field(2), offsets: offsets, fail: fail)
        }

        var count: BlinkCount?
        if let text = field(2) {
            count = try Self.count(text, offset: offsets[2], fail: fail)
        }
        var speed: BlinkSpeed?
        if let text = field(3) {
            speed = try Self.name(text, what: "speed", offset: offsets[3], fail: fail) as BlinkSpeed
        }
        var duration: EventDuration?
        if let text = field(4) {
            let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let bucket: DurationBucket = try Self.name(parts[0], what: "duration", offset: offsets[4], fail: fail)
            var seconds: Double?
            if parts.count == 2 {
                let secondsOffset = offsets[4] + parts[0].utf8.count + 1
                let value = try Self.seconds(parts[1], offset: secondsOffset, fail: fail)
                try Self.checkBucket(bucket, seconds: value, written: parts[1], offset: secondsOffset, fail: fail)
                seconds = value
            }
            duration = EventDuration(bucket: bucket, seconds: seconds)
        }
        var timing: PulseTiming?
        if let text = field(5) {
            let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw fail("timing is ON/OFF in seconds, as in 0.2/0.3 or 0.2/_", at: offsets[5])
            }
            let on = try Self.seconds(parts[0], offset: offsets[5], fail: fail)
            let off =
                parts[1] == "_"
                ? nil : try Self.seconds(parts[1], offset: offsets[5] + parts[0].utf8.count + 1, fail: fail)
            timing = PulseTiming(on: on, off: off)
        }
        var flags: Set<EventFlag> = []
        if let text = field(6) {
            flags = Set(try Self.names(text, separator: ",", what: "flag", offset: offsets[6], fail: fail))
        }
        return LEDEvent(
            colors: colors, kind: kind, count: count, speed: speed, duration: duration, timing: timing, flags: flags)
    }

    private static func count(
        _ text: Substring, offset: Int, fail: (String, Int) -> CanonicalSyntaxError
    ) throws(CanonicalSyntaxError) -> BlinkCount {
        switch text {
        case "few": return .few
        case "several": return .several
        default: break
        }
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        var numbers: [Int] = []
        var partOffset = offset
        for part in parts {
            guard !part.isEmpty, part.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                throw fail("a count is a number, a range like 5-6, few or several", partOffset)
            }
            guard let value = Int(part), value <= BlinkCountLimits.maximum else {
                throw fail("a count above \(BlinkCountLimits.maximum) is not a blink count", partOffset)
            }
            guard value >= 1 else { throw fail("a count is at least 1", partOffset) }
            numbers.append(value)
            partOffset += part.utf8.count + 1
        }
        if numbers.count == 2 {
            guard numbers[0] < numbers[1] else { throw fail("a count range goes from low to high, as in 5-6", offset) }
            return .between(numbers[0], numbers[1])
        }
        return .exactly(numbers[0])
    }

    private static func seconds(
        _ text: Substring, offset: Int, fail: (String, Int) -> CanonicalSyntaxError
    ) throws(CanonicalSyntaxError) -> Double {
        let isNumber =
            !text.isEmpty
            && text.utf8.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }
        guard isNumber, text.first != ".", text.last != ".", let value = Double(text), value.isFinite, value < 1e12
        else {
            throw fail("seconds are written like 12 or 0.25", offset)
        }
        return CanonicalSeconds.rounded(value)
    }

    /// The case of `T` whose raw value is `text` (which starts at byte `offset`), or the error
    /// `unknown WHAT "text"; known: …` listing every case — the one wording of an unknown name.
    private static func name<T: RawRepresentable & CaseIterable>(
        _ text: Substring, what: String, offset: Int, fail: (String, Int) -> CanonicalSyntaxError
    ) throws(CanonicalSyntaxError) -> T where T.RawValue == String {
        guard let value = T(rawValue: String(text)) else {
            throw fail(
                "unknown \(what) \"\(text)\"; known: \(T.allCases.map(\.rawValue).joined(separator: ", "))", offset)
        }
        return value
    }

    /// The cases of `T` named by the `separator`-separated list `text` (which starts at byte `offset`),
    /// in order; an unknown name is reported at its own offset (``name(_:what:offset:fail:)``).
    private static func names<T: RawRepresentable & CaseIterable>(
        _ text: Substring, separator: Character, what: String, offset: Int,
        fail: (String, Int) -> CanonicalSyntaxError
    ) throws(CanonicalSyntaxError) -> [T] where T.RawValue == String {
        var values: [T] = []
        var nameOffset = offset
        for part in text.split(separator: separator, omittingEmptySubsequences: false) {
            values.append(try name(part, what: what, offset: nameOffset, fail: fail))
            nameOffset += part.utf8.count + 1
        }
        return values
    }

    private static func isDeviceByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }
}
