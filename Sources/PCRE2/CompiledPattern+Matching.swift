/// The public matching API, one overload per subject type: `String`, `Substring`, raw bytes and
/// `UInt8` buffers. Subjects are never copied when their storage is contiguous. Offsets are UTF-8 byte
/// offsets; in UTF mode a start offset must not point inside a character.
extension CompiledPattern {
    // MARK: String (a string is matched as its whole substring)

    /// The first match in a string, starting the search at byte `startOffset`; nil if none.
    /// - Throws: a limit error, ``PCRE2Error/invalidStartOffset(_:)``, ``PCRE2Error/badUTF(offset:)``, …
    public func firstMatch(in subject: String, from startOffset: Int = 0) throws(PCRE2Error) -> Match? {
        try firstMatch(in: subject[...], from: startOffset)
    }

    /// Every non-overlapping match in a string from byte `startOffset` on, empty matches included
    /// (after an empty match the search moves on by one character).
    public func allMatches(in subject: String, from startOffset: Int = 0) throws(PCRE2Error) -> [Match] {
        try allMatches(in: subject[...], from: startOffset)
    }

    /// Whether the pattern matches a string at or after byte `startOffset` (cheaper than `firstMatch`).
    public func matches(_ subject: String, from startOffset: Int = 0) throws(PCRE2Error) -> Bool {
        try matches(subject[...], from: startOffset)
    }

    /// Matches a string with `PCRE2_PARTIAL_HARD`: reports a partial match as soon as the subject ends
    /// in the middle of a possible match, to tell how far the pattern got.
    public func partialMatch(in subject: String, from startOffset: Int = 0) throws(PCRE2Error) -> PartialMatchResult {
        try partialMatch(in: subject[...], from: startOffset)
    }

    // MARK: Substring (offsets relative to its start)

    /// The first match in a substring, starting the search at byte `startOffset`; nil if none.
    /// - Throws: a limit error, ``PCRE2Error/invalidStartOffset(_:)``, ``PCRE2Error/badUTF(offset:)``, …
    public func firstMatch(in subject: Substring, from startOffset: Int = 0) throws(PCRE2Error) -> Match? {
        try Subject.with(subject) { (subject) throws(PCRE2Error) -> Match? in
            try firstMatch(&subject, from: startOffset)
        }
    }

    /// Every non-overlapping match in a substring from byte `startOffset` on, empty matches included
    /// (after an empty match the search moves on by one character).
    public func allMatches(in subject: Substring, from startOffset: Int = 0) throws(PCRE2Error) -> [Match] {
        try Subject.with(subject) { (subject) throws(PCRE2Error) -> [Match] in
            try allMatches(&subject, from: startOffset)
        }
    }

    /// Whether the pattern matches a substring at or after byte `startOffset` (cheaper than `firstMatch`).
    public func matches(_ subject: Substring, from startOffset: Int = 0) throws(PCRE2Error) -> Bool {
        try Subject.with(subject) { (subject) throws(PCRE2Error) -> Bool in
            try hasMatch(&subject, from: startOffset)
        }
    }

    /// Matches a substring with `PCRE2_PARTIAL_HARD`: reports a partial match as soon as the subject
    /// ends in the middle of a possible match, to tell how far the pattern got.
    public func partialMatch(in subject: Substring, from startOffset: Int = 0) throws(PCRE2Error) -> PartialMatchResult
    {
        try Subject.with(subject) { (subject) throws(PCRE2Error) -> PartialMatchResult in
            try partialMatch(&subject, from: startOffset)
        }
    }

    // MARK: UnsafeRawBufferPointer (matched as its bytes)

    /// The first match in raw bytes (checked for valid UTF-8 in UTF mode), starting the search at byte
    /// `startOffset`; nil if none.
    /// - Throws: a limit error, ``PCRE2Error/invalidStartOffset(_:)``, ``PCRE2Error/badUTF(offset:)``, …
    public func firstMatch(in bytes: UnsafeRawBufferPointer, from startOffset: Int = 0) throws(PCRE2Error) -> Match? {
        try firstMatch(in: bytes.assumingMemoryBound(to: UInt8.self), from: startOffset)
    }

    /// Every non-overlapping match in raw bytes (checked for valid UTF-8 in UTF mode) from byte
    /// `startOffset` on, empty matches included (after an empty match the search moves on by one character).
    public func allMatches(in bytes: UnsafeRawBufferPointer, from startOffset: Int = 0) throws(PCRE2Error) -> [Match] {
        try allMatches(in: bytes.assumingMemoryBound(to: UInt8.self), from: startOffset)
    }

    /// Whether the pattern matches raw bytes (checked for valid UTF-8 in UTF mode) at or after byte
    /// `startOffset` (cheaper than `firstMatch`).
    public func matches(_ bytes: UnsafeRawBufferPointer, from startOffset: Int = 0) throws(PCRE2Error) -> Bool {
        try matches(bytes.assumingMemoryBound(to: UInt8.self), from: startOffset)
    }

    /// Matches raw bytes (checked for valid UTF-8 in UTF mode) with `PCRE2_PARTIAL_HARD`: reports a partial
    /// match as soon as the subject ends in the middle of a possible match, to tell how far the pattern got.
    public func partialMatch(
        in bytes: UnsafeRawBufferPointer, from startOffset: Int = 0
    ) throws(PCRE2Error) -> PartialMatchResult {
        try partialMatch(in: bytes.assumingMemoryBound(to: UInt8.self), from: startOffset)
    }

    // MARK: UnsafeBufferPointer<UInt8>

    /// The first match in bytes (checked for valid UTF-8 in UTF mode), starting the search at byte
    /// `startOffset`; nil if none.
    /// - Throws: a limit error, ``PCRE2Error/invalidStartOffset(_:)``, ``PCRE2Error/badUTF(offset:)``, …
    public func firstMatch(in bytes: UnsafeBufferPointer<UInt8>, from startOffset: Int = 0) throws(PCRE2Error) -> Match?
    {
        try firstMatch(bytes, isValidUTF8: false, from: startOffset)
    }

    /// Every non-overlapping match in bytes (checked for valid UTF-8 in UTF mode) from byte `startOffset`
    /// on, empty matches included (after an empty match the search moves on by one character).
    public func allMatches(
        in bytes: UnsafeBufferPointer<UInt8>, from startOffset: Int = 0
    ) throws(PCRE2Error) -> [Match] {
        try Subject.with(bytes, isValidUTF8: false) { (subject) throws(PCRE2Error) -> [Match] in
            try allMatches(&subject, from: startOffset)
        }
    }

    /// Whether the pattern matches bytes (checked for valid UTF-8 in UTF mode) at or after byte
    /// `startOffset` (cheaper than `firstMatch`).
    public func matches(_ bytes: UnsafeBufferPointer<UInt8>, from startOffset: Int = 0) throws(PCRE2Error) -> Bool {
        try matches(bytes, isValidUTF8: false, from: startOffset)
    }

    /// Matches bytes (checked for valid UTF-8 in UTF mode) with `PCRE2_PARTIAL_HARD`: reports a partial
    /// match as soon as the subject ends in the middle of a possible match, to tell how far the pattern got.
    public func partialMatch(
        in bytes: UnsafeBufferPointer<UInt8>, from startOffset: Int = 0
    ) throws(PCRE2Error) -> PartialMatchResult {
        try partialMatch(bytes, isValidUTF8: false, from: startOffset)
    }
}
