import CPCRE2

/// Options that change how a pattern is compiled.
///
/// The raw values are this module's own bits, not PCRE2's; unknown bits are ignored.
public struct CompileOptions: OptionSet, Sendable, Hashable {
    /// The option bits.
    public let rawValue: UInt32

    /// Creates an option set from raw bits.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Letters match both cases (`PCRE2_CASELESS`, like `(?i)`).
    public static let caseless = CompileOptions(rawValue: 1 << 0)
    /// Unescaped whitespace in the pattern is ignored and `#` starts a comment (`PCRE2_EXTENDED`, like `(?x)`).
    public static let extended = CompileOptions(rawValue: 1 << 1)
    /// `^` and `$` also match at internal line breaks (`PCRE2_MULTILINE`, like `(?m)`).
    public static let multiline = CompileOptions(rawValue: 1 << 2)
    /// `.` also matches line breaks (`PCRE2_DOTALL`, like `(?s)`).
    public static let dotAll = CompileOptions(rawValue: 1 << 3)
    /// Pattern and subject are UTF-8; `.` and classes work on code points (`PCRE2_UTF`).
    ///
    /// Use it for text: without it a pattern works on bytes and a match can split a multi-byte character.
    public static let utf = CompileOptions(rawValue: 1 << 4)
    /// The match must start at the start offset (`PCRE2_ANCHORED`).
    public static let anchored = CompileOptions(rawValue: 1 << 5)
    /// `\d`, `\w`, `\s`, POSIX classes and `\b` use Unicode properties (`PCRE2_UCP`); implies nothing without ``utf``.
    public static let ucp = CompileOptions(rawValue: 1 << 6)

    /// The PCRE2 compile-option bits for this set.
    var pcre2Bits: UInt32 {
        var bits: UInt32 = 0
        if contains(.caseless) { bits |= UInt32(PCRE2_CASELESS) }
        if contains(.extended) { bits |= UInt32(PCRE2_EXTENDED) }
        if contains(.multiline) { bits |= UInt32(PCRE2_MULTILINE) }
        if contains(.dotAll) { bits |= UInt32(PCRE2_DOTALL) }
        if contains(.utf) { bits |= UInt32(PCRE2_UTF) }
        if contains(.anchored) { bits |= UInt32(PCRE2_ANCHORED) }
        if contains(.ucp) { bits |= UInt32(PCRE2_UCP) }
        return bits
    }
}
