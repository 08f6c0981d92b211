/// A small, fast JSON writer with a fixed key order, for output that must be byte-for-byte stable
/// (`diagnose --format json`, batch JSON lines). Values are written as they are added.
public struct JSONWriter: Sendable {
    /// The JSON text written so far.
    public private(set) var text: String = ""
    private var needsComma: [Bool] = [false]

    /// An empty writer.
    public init() {}

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
    }

    /// Starts an object (as a value, or as the value of `key`).
    public mutating func beginObject(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += "{"
        needsComma.append(false)
    }

    /// Ends the current object.
    public mutating func endObject() {
        text += "}"
        if needsComma.count > 1 { needsComma.removeLast() }
    }

    /// Starts an array (as a value, or as the value of `key`).
    public mutating func beginArray(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += "["
        needsComma.append(false)
    }

    /// Ends the current array.
    public mutating func endArray() {
        text += "]"
        if needsComma.count > 1 { needsComma.removeLast() }
    }

    private mutating func key(_ key: String) {
        separate()
        Self.appendString(key, to: &text)
        text += ":"
    }

    /// Writes a string value (or `null`).
    public mutating func string(_ value: String?, key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        if let value { Self.appendString(value, to: &text) } else { text += "null" }
    }

    /// Writes a number value (or `null`); non-finite numbers are written as `null`.
    public mutating func number(_ value: Double?, key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        guard let value, value.isFinite else {
            text += "null"
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            text += String(Int64(value))
        } else {
            text += String(value)
        }
    }

    /// Writes an integer value.
    public mutating func integer(_ value: Int, key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += String(value)
    }

    /// Writes a boolean value.
    public mutating func bool(_ value: Bool, key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += value ? "true" : "false"
    }

    /// Writes `null`.
    public mutating func null(key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += "null"
    }

    /// Writes already-encoded JSON as a value.
    public mutating func raw(_ json: String, key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += json
    }

    /// Appends `value` as a JSON string literal, escaping what RFC 8259 requires.
    public static func appendString(_ value: String, to out: inout String) {
        out += "\""
        var plainStart = value.utf8.startIndex
        var index = plainStart
        let utf8 = value.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 {
                out += String(value[plainStart..<index])
                switch byte {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                default:
                    let hex = String(byte, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                plainStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += String(value[plainStart..<utf8.endIndex])
        out += "\""
    }
}
