/// Matching bytes that the caller knows to be valid UTF-8, without PCRE2's check of the whole subject
/// on every call (the largest part of a short match's cost in UTF mode).
///
/// Package-only: passing invalid UTF-8 here is undefined behaviour in UTF mode, so only code of this
/// package that builds its subjects from Swift strings (always valid UTF-8) and ASCII may use it —
/// the diagnoser's canonical strings. Cut points must fall on character boundaries.
extension CompiledPattern {
    /// The first match in `bytes`, which must be valid UTF-8; nil if none.
    package func firstMatch(
        inValidUTF8 bytes: UnsafeBufferPointer<UInt8>, from startOffset: Int = 0
    ) throws(PCRE2Error) -> Match? {
        try firstMatch(bytes, isValidUTF8: true, from: startOffset)
    }

    /// Whether the pattern matches `bytes`, which must be valid UTF-8.
    package func matches(
        validUTF8 bytes: UnsafeBufferPointer<UInt8>, from startOffset: Int = 0
    ) throws(PCRE2Error) -> Bool {
        try matches(bytes, isValidUTF8: true, from: startOffset)
    }

    /// A hard partial match of `bytes`, which must be valid UTF-8.
    package func partialMatch(
        inValidUTF8 bytes: UnsafeBufferPointer<UInt8>, from startOffset: Int = 0
    ) throws(PCRE2Error) -> PartialMatchResult {
        try partialMatch(bytes, isValidUTF8: true, from: startOffset)
    }

    // The byte-buffer entry points of both kinds (checked here, trusted above) come through these.

    func firstMatch(
        _ bytes: UnsafeBufferPointer<UInt8>, isValidUTF8: Bool, from startOffset: Int
    ) throws(PCRE2Error) -> Match? {
        try Subject.with(bytes, isValidUTF8: isValidUTF8) { (subject) throws(PCRE2Error) -> Match? in
            try firstMatch(&subject, from: startOffset)
        }
    }

    func matches(
        _ bytes: UnsafeBufferPointer<UInt8>, isValidUTF8: Bool, from startOffset: Int
    ) throws(PCRE2Error) -> Bool {
        try Subject.with(bytes, isValidUTF8: isValidUTF8) { (subject) throws(PCRE2Error) -> Bool in
            try hasMatch(&subject, from: startOffset)
        }
    }

    func partialMatch(
        _ bytes: UnsafeBufferPointer<UInt8>, isValidUTF8: Bool, from startOffset: Int
    ) throws(PCRE2Error) -> PartialMatchResult {
        try Subject.with(bytes, isValidUTF8: isValidUTF8) { (subject) throws(PCRE2Error) -> PartialMatchResult in
            try partialMatch(&subject, from: startOffset)
        }
    }
}
