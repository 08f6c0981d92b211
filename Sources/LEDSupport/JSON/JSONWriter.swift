/// A small, fast JSON writer with a fixed key order, for output that must be byte-for-byte stable
/// (`diagnose --format json`, batch JSON lines). Values are written as they are added, as UTF-8
/// bytes into one growing buffer.
public struct JSONWriter: Sendable {
    private var buffer: JSONByteBuffer
    /// Bit `depth` of `commas` is set when the container at that depth already holds a value; depth
    /// 0 is the top level. Containers nest up to 64 deep (deeper ones share the top bit's state).
    private var commas: UInt64 = 0
    private var depth = 0

    /// An empty writer.
    public init() {
        buffer = JSONByteBuffer(capacity: 256)
    }

    /// An empty writer whose buffer has room for `capacity` bytes.
    public init(capacity: Int) {
        buffer = JSONByteBuffer(capacity: capacity)
    }

    /// The JSON written so far, as UTF-8 bytes.
    public var bytes: [UInt8] { buffer.bytes }

    /// The JSON text written so far.
    public var text: String {
        String(decoding: UnsafeBufferPointer(start: buffer.base, count: buffer.count), as: UTF8.self)
    }

    /// The number of bytes written so far.
    public var count: Int { buffer.count }

    /// Calls `body` with the bytes written so far.
    public func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try body(UnsafeBufferPointer(start: buffer.base, count: buffer.count))
    }

    /// Copies the buffer first when another writer shares it. The methods below then write through
    /// the stored reference (borrowed, not retained per value).
    @inline(__always)
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&buffer) { buffer = buffer.copy() }
    }

    private var bit: UInt64 { 1 &<< UInt64(min(depth, 63)) }

    /// Writes the comma before a value when its container already holds one, then `key` and `:`
    /// when given; the value goes into `buffer` next.
    @inline(__always)
    private mutating func begin(_ key: String?) {
        makeUnique()
        if commas & bit != 0 { buffer.append(UInt8(ascii: ",")) }
        commas |= bit
        if let key {
            Self.appendString(key, to: buffer)
            buffer.append(UInt8(ascii: ":"))
        }
    }

    private mutating func open(_ byte: UInt8, key: String?) {
        begin(key)
        buffer.append(byte)
        depth += 1
        commas &= ~bit
    }

    private mutating func close(_ byte: UInt8) {
        makeUnique()
        buffer.append(byte)
        if depth > 0 { depth -= 1 }
    }

    /// Starts an object (as a value, or as the value of `key`).
    public mutating func beginObject(_ key: String? = nil) {
        open(UInt8(ascii: "{"), key: key)
    }

    /// Ends the current object.
    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    /// Starts an array (as a value, or as the value of `key`).
    public mutating func beginArray(_ key: String? = nil) {
        open(UInt8(ascii: "["), key: key)
    }

    /// Ends the current array.
    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Writes a string value (or `null`).
    public mutating func string(_ value: String?, key: String? = nil) {
        begin(key)
        if let value { Self.appendString(value, to: buffer) } else { Self.append("null", to: buffer) }
    }

    /// Writes a number value (or `null`); non-finite numbers are written as `null`.
    public mutating func number(_ value: Double?, key: String? = nil) {
        begin(key)
        guard let value, value.isFinite else {
            Self.append("null", to: buffer)
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            Self.appendInteger(Int64(value), to: buffer)
        } else if !Self.appendFourDecimals(value, to: buffer) {
            Self.append(value.description, to: buffer)
        }
    }

    /// Writes `value` when it is the double nearest to a number with at most four decimals (as
    /// diagnoses round them), digit by digit: the same text as `value.description`, which is the
    /// shortest that reads back as `value`, without making a string. Returns false for other values.
    private static func appendFourDecimals(_ value: Double, to out: JSONByteBuffer) -> Bool {
        let scaled = (value * 10_000).rounded()
        // Below 10^9 a double is far finer than 0.0001, so no shorter text reads back as `value`.
        guard abs(scaled) < 1e13, scaled / 10_000 == value else { return false }
        let units = Int64(scaled)
        if units < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = units.magnitude
        appendInteger(Int64(magnitude / 10_000), to: out)
        // Not integral (checked by the caller), so the fraction is not 0: "." and 1–4 decimals.
        DecimalText.withFraction(magnitude % 10_000, places: 4) { append($0, to: out) }
        return true
    }

    /// Writes an integer value.
    public mutating func integer(_ value: Int, key: String? = nil) {
        begin(key)
        Self.appendInteger(Int64(value), to: buffer)
    }

    /// Writes a boolean value.
    public mutating func bool(_ value: Bool, key: String? = nil) {
        begin(key)
        Self.append(value ? "true" : "false", to: buffer)
    }

    /// Writes `null`.
    public mutating func null(key: String? = nil) {
        begin(key)
        Self.append("null", to: buffer)
    }

    /// Writes already-encoded JSON as a value.
    public mutating func raw(_ json: String, key: String? = nil) {
        begin(key)
        Self.append(json, to: buffer)
    }

    /// Writes already-encoded JSON bytes as a value.
    package mutating func raw(bytes json: UnsafeBufferPointer<UInt8>, key: String? = nil) {
        begin(key)
        if let base = json.baseAddress { buffer.append(base, count: json.count) }
    }

    private static func append(_ text: String, to out: JSONByteBuffer) {
        let appendBytes = { (utf8: UnsafeBufferPointer<UInt8>) in
            if let base = utf8.baseAddress { out.append(base, count: utf8.count) }
        }
        if text.utf8.withContiguousStorageIfAvailable(appendBytes) != nil { return }
        var copy = text
        copy.withUTF8(appendBytes)
    }

    private static func appendInteger(_ value: Int64, to out: JSONByteBuffer) {
        if value >= 0, value < 10 {
            out.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        DecimalText.withDigits(of: value) { append($0, to: out) }
    }

    /// Appends raw bytes.
    @inline(__always)
    private static func append(_ bytes: UnsafeRawBufferPointer, to out: JSONByteBuffer) {
        if let base = bytes.baseAddress { out.append(base.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
    }

    private static func appendString(_ value: String, to out: JSONByteBuffer) {
        // Native and literal strings lend their bytes as they are; only a bridged one is copied.
        if value.utf8.withContiguousStorageIfAvailable({ appendString(utf8: $0, to: out) }) != nil { return }
        var copy = value
        copy.withUTF8 { appendString(utf8: $0, to: out) }
    }

    /// Appends UTF-8 `text` as a JSON string literal, escaping what RFC 8259 requires.
    ///
    /// Plain runs are found eight bytes at a time (a word holds a byte that needs escaping when one
    /// of its bytes is `"`, `\\` or below 0x20) and appended in one copy.
    private static func appendString(utf8 text: UnsafeBufferPointer<UInt8>, to out: JSONByteBuffer) {
        out.reserve(text.count + 2)
        out.append(UInt8(ascii: "\""))
        guard let base = text.baseAddress else {
            out.append(UInt8(ascii: "\""))
            return
        }
        let count = text.count
        // Short strings (keys, words) in one check: the bytes in a word padded with "A".
        if count < 8 {
            let word = paddedWord(base, count: count)
            if !needsEscape(word) {
                out.append(word: word, count: count)
                out.append(UInt8(ascii: "\""))
                return
            }
        }
        var plainStart = 0
        var index = 0
        var tailChecked = false
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !needsEscape(word) {
                    index += 8
                    continue
                }
            } else if !tailChecked {
                // The last few bytes in one check too, padded with "A".
                tailChecked = true
                if !needsEscape(paddedWord(base + index, count: count - index)) {
                    index = count
                    continue
                }
            }
            let byte = base[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 {
                out.append(base + plainStart, count: index - plainStart)
                appendEscape(byte, to: out)
                plainStart = index + 1
            }
            index += 1
        }
        out.append(base + plainStart, count: count - plainStart)
        out.append(UInt8(ascii: "\""))
    }

    /// The `count` (< 8) bytes at `bytes` as a word laid out as in memory, padded with "A".
    @inline(__always)
    private static func paddedWord(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let padding = UInt64(littleEndian: ~0 &<< UInt64(count * 8)) & 0x4141_4141_4141_4141
        return JSONByteBuffer.word(bytes, count: count) | padding
    }

    /// Whether one of the eight bytes of `word` is `"`, `\` or a control character.
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        ByteWord.jsonStringStops(word) != 0
    }

    private static func appendEscape(_ byte: UInt8, to out: JSONByteBuffer) {
        switch byte {
        case 0x22: out.append(UInt8(ascii: "\\"), UInt8(ascii: "\""))
        case 0x5C: out.append(UInt8(ascii: "\\"), UInt8(ascii: "\\"))
        case 0x0A: out.append(UInt8(ascii: "\\"), UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "\\"), UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "\\"), UInt8(ascii: "t"))
        default:
            let hex = { (nibble: UInt8) in nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10 }
            out.append(UInt8(ascii: "\\"), UInt8(ascii: "u"))
            out.append(UInt8(ascii: "0"), UInt8(ascii: "0"))
            out.append(hex(byte >> 4), hex(byte & 0xF))
        }
    }
}
