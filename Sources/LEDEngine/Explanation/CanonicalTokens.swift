/// Byte positions inside a canonical event string, for drawing under it and mapping a rule's match
/// to the events it covers.
enum CanonicalTokens {
    /// The byte offset where the events start: just after the header's ` : `.
    static func eventStart(of canonical: String) -> Int {
        var canonical = canonical
        return canonical.withUTF8 { Diagnoser.eventStart(of: $0) }
    }

    /// The byte range of every event token, in order (steps split at spaces, concurrent events at `&`).
    static func ranges(in canonical: String) -> [Range<Int>] {
        let bytes = Array(canonical.utf8)
        var start = eventStart(of: canonical)
        var ranges: [Range<Int>] = []
        var index = start
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "&") {
                if index > start { ranges.append(start..<index) }
                start = index + 1
            }
            index += 1
        }
        return ranges
    }
}
