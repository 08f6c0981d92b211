/// Which rule patterns read the canonical string's header (`dev=… ctx=… : `) and which see only the
/// events after it. The question planner relies on it: stating a context changes only the header, so
/// a header-blind rule that does not filter on that context matches the same events in the same way,
/// and only the other rules are matched again (docs/catalog.md, "Patterns and the header").
///
/// The reading is syntactic and conservative. A pattern is header-blind when, after an optional
/// leading `^[^:]*:` (which skips any header: the header holds no `:` before its end), it has no
/// anchor (`^`, `\A`, `\G`), names neither `dev=` nor `ctx=`, and looks behind no further than one
/// byte with `(?<![^ &])` (the byte before the events is a space whatever the header). The
/// catalog's own patterns keep the contract; `patterns lint` checks every header-blind rule's
/// examples under a changed header (``CatalogLintFinding/Check/readsHeader``).
enum HeaderBlindness {
    /// The prefix that skips any header.
    static let headerSkip = "^[^:]*:"
    /// The one lookbehind a header-blind pattern may use: "at the start of an event".
    static let eventStart = "(?<![^ &])"

    /// Whether `pattern` (fragments resolved) may read the header. Read as UTF-8 bytes, as PCRE2 reads
    /// it: every byte of the syntax that matters is ASCII (this runs for every rule at start-up).
    static func readsHeader(_ pattern: String) -> Bool {
        var bytes = Array(pattern.utf8)[...]
        if bytes.starts(with: headerSkipBytes) { bytes = bytes.dropFirst(headerSkipBytes.count) }
        let text = removingAll(eventStartBytes, from: bytes)
        if headerReaders.contains(where: { occurs($0, in: text) }) { return true }
        // An anchor: `^` outside a class (`[^…]` negates a class and is fine), `\A`, `\G`.
        var escaped = false
        // Inside a class: how many of its bytes have been read (a `]` first, or after a first `^`, is a
        // literal, not the class's end).
        var classLength: Int? = nil
        var negated = false
        for byte in text {
            if escaped {
                escaped = false
                if classLength == nil, byte == UInt8(ascii: "A") || byte == UInt8(ascii: "G") { return true }
                classLength = classLength.map { $0 + 1 }
                continue
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                continue
            }
            guard let length = classLength else {
                if byte == UInt8(ascii: "[") {
                    classLength = 0
                    negated = false
                } else if byte == UInt8(ascii: "^") {
                    return true
                }
                continue
            }
            if byte == UInt8(ascii: "^"), length == 0 {
                negated = true
            } else if byte == UInt8(ascii: "]"), length > (negated ? 1 : 0) {
                classLength = nil
                continue
            }
            classLength = length + 1
        }
        return false
    }

    /// ``headerSkip``, ``eventStart`` and what reads the header wherever it stands, as bytes (made once).
    private static let headerSkipBytes = Array(headerSkip.utf8)
    private static let eventStartBytes = Array(eventStart.utf8)
    private static let headerReaders = ["dev=", "ctx=", "(?<=", "(?<!"].map { Array($0.utf8) }

    /// Whether `needle` occurs in `bytes` (a plain scan over byte arrays: the patterns are short, and the
    /// generic `contains` of the standard library's string processing costs a hundred times more here).
    private static func occurs(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        bytes.indices.contains { starts(needle, in: bytes[...], at: $0) }
    }

    /// Whether `needle` is found in `bytes` at `index` (first byte compared first: most places fail there).
    private static func starts(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard let first = needle.first, bytes[index] == first, bytes.endIndex - index >= needle.count else {
            return false
        }
        for offset in 1..<needle.count where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// `bytes` without any occurrence of `needle`.
    private static func removingAll(_ needle: [UInt8], from bytes: ArraySlice<UInt8>) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if starts(needle, in: bytes, at: index) {
                index += needle.count
            } else {
                kept.append(bytes[index])
                index += 1
            }
        }
        return kept
    }
}
