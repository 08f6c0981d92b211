/// Where the parts of a canonical string lie, in bytes: the header, each event's token, and the
/// boundaries a partial match may stop at.
///
/// ``CanonicalWriter`` returns the layout of what it writes, so the places that cut a canonical string
/// (event reports, near misses, explanations, hypothetical answers) ask the layout instead of
/// scanning the grammar themselves. ``init(of:)`` finds the layout of a string written earlier.
public struct CanonicalLayout: Sendable, Hashable {
    /// One past the header's `:` (`dev=DEVICE ctx=CONTEXTS :`).
    public private(set) var headerEnd: Int
    /// The length of the whole string, in bytes.
    public private(set) var count: Int
    /// The events' tokens as ranges relative to `headerEnd`, in order: a step's events one after
    /// another (joined by `&`), steps separated by a space. Relative, so that a new header of another
    /// length keeps them.
    private var relativeTokens: [Range<Int>]

    /// A layout from its parts: the header's end, the length, the tokens relative to the header's end.
    init(headerEnd: Int, count: Int, relativeTokens: [Range<Int>]) {
        self.headerEnd = headerEnd
        self.count = count
        self.relativeTokens = relativeTokens
    }

    /// Where the events start: just after the header's ` : ` (the string's end when there are none).
    public var eventsStart: Int { min(headerEnd + 1, count) }

    /// How many event tokens the string holds.
    public var tokenCount: Int { relativeTokens.count }

    /// The byte range of the `index`-th event token.
    public func token(_ index: Int) -> Range<Int> {
        let range = relativeTokens[index]
        return (range.lowerBound + headerEnd)..<(range.upperBound + headerEnd)
    }

    /// The byte range of every event token, in order.
    public var tokens: [Range<Int>] { relativeTokens.indices.map(token) }

    /// The same events behind a header that ends at `headerEnd`, in a string of `count` bytes.
    func withHeader(endingAt headerEnd: Int, count: Int) -> CanonicalLayout {
        CanonicalLayout(headerEnd: headerEnd, count: count, relativeTokens: relativeTokens)
    }

    /// The next shorter prefix length of `bytes` (the string this layout describes) at which a partial
    /// match may stop: the previous field or event boundary, or where the events start.
    public func previousCut(before cut: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let eventsStart = eventsStart
        var cut = cut - 1
        while cut > eventsStart, !Self.isBoundary(bytes[cut - 1]) { cut -= 1 }
        return cut
    }

    /// Whether a prefix may end just after `byte`: a field's `:`, a step's space, an event's `&`.
    private static func isBoundary(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ":") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "&")
    }

    /// The layout of a canonical string that ``CanonicalWriter`` wrote: the header ends at its first
    /// ` :`; event tokens are separated by spaces and `&` (neither occurs inside a token).
    public init(of canonical: some StringProtocol) {
        let bytes = Array(canonical.utf8)
        var headerEnd = bytes.count
        var previous: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            if previous == UInt8(ascii: " "), byte == UInt8(ascii: ":") {
                headerEnd = offset + 1
                break
            }
            previous = byte
        }
        var tokens: [Range<Int>] = []
        var start = min(headerEnd + 1, bytes.count)
        for index in start...bytes.count
        where index == bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "&") {
            if index > start { tokens.append((start - headerEnd)..<(index - headerEnd)) }
            start = index + 1
        }
        self.init(headerEnd: headerEnd, count: bytes.count, relativeTokens: tokens)
    }
}
