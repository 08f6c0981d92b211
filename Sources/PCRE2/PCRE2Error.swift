import CPCRE2

/// Everything that can go wrong compiling or running a pattern.
public enum PCRE2Error: Error, Hashable, Sendable, CustomStringConvertible {
    /// The pattern does not compile: PCRE2's `message`, the byte `offset` in `pattern` where it gave up,
    /// and the pattern itself. ``rendered`` shows it with a caret.
    case compile(message: String, offset: Int, pattern: String)
    /// The match took more backtracking steps than ``MatchLimits/matchLimit``.
    case matchLimitExceeded
    /// The interpreter needed more heap than ``MatchLimits/heapLimitKiB``.
    case heapLimitExceeded
    /// The interpreter nested deeper than ``MatchLimits/depthLimit``.
    case depthLimitExceeded
    /// The JIT ran out of its per-thread stack (`PCRE2_ERROR_JIT_STACKLIMIT`).
    case jitStackLimit
    /// A UTF-mode pattern met a byte subject that is not valid UTF-8; `offset` is the first bad byte.
    case badUTF(offset: Int)
    /// The start offset is negative, beyond the subject, or (in UTF mode) inside a multi-byte character.
    case invalidStartOffset(Int)
    /// PCRE2 could not allocate memory for a pattern, match data or match context.
    case outOfMemory
    /// Any other PCRE2 failure: its negative error `code` and PCRE2's own `message`.
    case matchFailed(code: Int32, message: String)

    /// A readable explanation. For a compile error it spans two more lines: the pattern (line breaks
    /// and tabs shown as spaces) and a caret under the character at the error offset.
    public var rendered: String {
        switch self {
        case let .compile(message, offset, pattern):
            let (line, column) = Self.caretLine(pattern: pattern, byteOffset: offset)
            return "invalid pattern at offset \(offset): \(message)\n    \(line)\n    "
                + String(repeating: " ", count: column) + "^"
        case .matchLimitExceeded:
            return "match limit exceeded (too much backtracking)"
        case .heapLimitExceeded:
            return "heap limit exceeded (too much backtracking memory)"
        case .depthLimitExceeded:
            return "depth limit exceeded (backtracking nested too deeply)"
        case .jitStackLimit:
            return "JIT stack limit exceeded"
        case let .badUTF(offset):
            return "subject is not valid UTF-8 at byte offset \(offset)"
        case let .invalidStartOffset(offset):
            return "invalid start offset \(offset)"
        case .outOfMemory:
            return "PCRE2 is out of memory"
        case let .matchFailed(code, message):
            return "match failed (PCRE2 error \(code)): \(message)"
        }
    }

    /// Same as ``rendered``.
    public var description: String { rendered }

    /// The pattern on one line and the caret's column, counted in `Character`s (not bytes).
    static func caretLine(pattern: String, byteOffset: Int) -> (line: String, column: Int) {
        let utf8 = pattern.utf8
        let clamped = min(max(0, byteOffset), utf8.count)
        let index = utf8.index(utf8.startIndex, offsetBy: clamped)
        let column = pattern[..<index].count
        let line = String(pattern.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return (line, column)
    }

    /// PCRE2's text for a (compile or match) error code.
    static func message(for code: Int32) -> String {
        let capacity = 256
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            buffer.initialize(repeating: 0)
            let length = pcre2_get_error_message_8(code, buffer.baseAddress, capacity)
            if length == PCRE2_ERROR_BADDATA {
                return "unknown PCRE2 error \(code)"
            }
            // On PCRE2_ERROR_NOMEMORY the message was truncated but is still zero-terminated.
            return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// Maps a negative `pcre2_match` result (other than no-match and partial) to an error.
    static func fromMatch(code: Int32, startChar: Int, startOffset: Int) -> PCRE2Error {
        switch code {
        case PCRE2_ERROR_MATCHLIMIT: return .matchLimitExceeded
        case PCRE2_ERROR_HEAPLIMIT: return .heapLimitExceeded
        case PCRE2_ERROR_DEPTHLIMIT: return .depthLimitExceeded
        case PCRE2_ERROR_JIT_STACKLIMIT: return .jitStackLimit
        case PCRE2_ERROR_NOMEMORY: return .outOfMemory
        case PCRE2_ERROR_BADOFFSET, PCRE2_ERROR_BADUTFOFFSET: return .invalidStartOffset(startOffset)
        case PCRE2_ERROR_UTF8_ERR21...PCRE2_ERROR_UTF8_ERR1: return .badUTF(offset: startChar)
        default: return .matchFailed(code: code, message: message(for: code))
        }
    }
}
