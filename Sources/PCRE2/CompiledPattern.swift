import CPCRE2

/// A PCRE2 pattern compiled once (and JIT-compiled where possible) and matched many times, from any
/// number of threads.
///
/// ```swift
/// let pattern = try CompiledPattern(#"red:blink:(?<rate>[56]):"#, options: .utf)
/// if let match = try pattern.firstMatch(in: line) {
///     print(match.substring(named: "rate", in: line) ?? "")
/// }
/// ```
///
/// `@unchecked Sendable` is sound because every stored property is immutable after `init`: the PCRE2
/// code is compiled and JIT-compiled (the only step that writes to it) before `init` returns, and the
/// match context (limits plus the JIT-stack callback) is configured there too. PCRE2 documents both as
/// safe to share read-only between threads. All per-match mutable state lives in per-thread match
/// data and JIT stacks (``ThreadMatchState``), never in the pattern.
public final class CompiledPattern: @unchecked Sendable {
    /// The pattern source, as given.
    public let pattern: String
    /// The options it was compiled with.
    public let options: CompileOptions
    /// The resource limits applied to its matches.
    public let limits: MatchLimits
    /// The engine its matches run on.
    public let engine: MatchEngine
    /// The number of capture groups (not counting the whole match).
    public let captureCount: Int
    /// Group numbers by name. With duplicate names (`(?J)`), the lowest number.
    public let groupNames: [String: Int]

    /// The compiled code; freed in `deinit`.
    let code: OpaquePointer
    /// The match context holding the limits and the JIT-stack callback; freed in `deinit`.
    let matchContext: OpaquePointer
    /// Every group number for each name, ascending (more than one only with duplicate names).
    let groupNumbersByName: [String: [Int]]
    /// Whether the pattern runs in UTF mode (from the options or a leading `(*UTF)`).
    let isUTF: Bool
    /// Whether CR LF counts as one line break, so an empty-match advance must skip both bytes.
    let crlfIsNewline: Bool
    /// Ovector pairs a match needs: `captureCount + 1`.
    let pairCount: Int
    /// The heap limit PCRE2 applies to this pattern's interpreter matches, in KiB: the smaller of
    /// ``limits`` and the pattern's own `(*LIMIT_HEAP=…)`. A thread's match data that may hold more
    /// backtracking frames than this is not reused for it (see ``ThreadMatchState``).
    let heapLimitKiB: Int

    /// Compiles `pattern`.
    ///
    /// - Parameters:
    ///   - pattern: The PCRE2 pattern.
    ///   - options: Compile options. `\C` is always refused so a match never splits a UTF-8 character.
    ///   - limits: Resource limits for this pattern's matches.
    ///   - useJIT: Set `false` to force the interpreter; when `true` the pattern is JIT-compiled if
    ///     ``PCRE2/jitAvailable`` and falls back to the interpreter if JIT compilation fails.
    /// - Throws: ``PCRE2Error/compile(message:offset:pattern:)`` for an invalid pattern,
    ///   ``PCRE2Error/outOfMemory`` if PCRE2 cannot allocate.
    public init(
        _ pattern: String,
        options: CompileOptions = [],
        limits: MatchLimits = .default,
        useJIT: Bool = true
    ) throws(PCRE2Error) {
        let compileOptions = options.pcre2Bits | UInt32(PCRE2_NEVER_BACKSLASH_C)
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled: OpaquePointer? = Self.withPatternBytes(pattern) { bytes, count in
            pcre2_compile_8(bytes, count, compileOptions, &errorCode, &errorOffset, nil)
        }
        guard let code = compiled else {
            throw .compile(message: PCRE2Error.message(for: errorCode), offset: errorOffset, pattern: pattern)
        }
        guard let context = pcre2_match_context_create_8(nil) else {
            pcre2_code_free_8(code)
            throw .outOfMemory
        }
        pcre2_set_match_limit_8(context, MatchLimits.clamped(limits.matchLimit))
        pcre2_set_heap_limit_8(context, MatchLimits.clamped(limits.heapLimitKiB))
        pcre2_set_depth_limit_8(context, MatchLimits.clamped(limits.depthLimit))

        var engine = MatchEngine.interpreter
        if useJIT && PCRE2.jitAvailable {
            let jitOptions = UInt32(PCRE2_JIT_COMPLETE) | UInt32(PCRE2_JIT_PARTIAL_HARD)
            if pcre2_jit_compile_8(code, jitOptions) == 0,
                Self.info(code, PCRE2_INFO_JITSIZE, as: Int.self) > 0
            {
                engine = .jit
                pcre2_jit_stack_assign_8(context, { _ in ThreadMatchState.currentJITStack() }, nil)
            }
        }

        let captureCount = Int(Self.info(code, PCRE2_INFO_CAPTURECOUNT, as: UInt32.self))
        let allOptions = Self.info(code, PCRE2_INFO_ALLOPTIONS, as: UInt32.self)
        let newline = Self.info(code, PCRE2_INFO_NEWLINE, as: UInt32.self)
        let numbersByName = Self.nameTable(code)

        self.pattern = pattern
        self.options = options
        self.limits = limits
        self.engine = engine
        self.captureCount = captureCount
        self.groupNames = numbersByName.compactMapValues(\.first)
        self.code = code
        self.matchContext = context
        self.groupNumbersByName = numbersByName
        self.isUTF = allOptions & UInt32(PCRE2_UTF) != 0
        self.crlfIsNewline = [PCRE2_NEWLINE_CRLF, PCRE2_NEWLINE_ANY, PCRE2_NEWLINE_ANYCRLF]
            .contains(Int32(bitPattern: newline))
        self.pairCount = captureCount + 1
        self.heapLimitKiB = min(Int(MatchLimits.clamped(limits.heapLimitKiB)), Self.ownHeapLimit(code) ?? Int.max)
    }

    deinit {
        pcre2_match_context_free_8(matchContext)
        pcre2_code_free_8(code)
    }

    /// Calls `body` with the pattern's UTF-8 bytes (never a null pointer) and their count.
    private static func withPatternBytes<T>(
        _ pattern: String,
        _ body: (UnsafePointer<UInt8>, Int) -> T
    ) -> T {
        var copy = pattern
        return copy.withUTF8 { bytes in
            if let base = bytes.baseAddress { return body(base, bytes.count) }
            var zero: UInt8 = 0
            return withUnsafePointer(to: &zero) { body($0, 0) }
        }
    }

    /// One `pcre2_pattern_info` value (zero if PCRE2 refuses the request).
    private static func info<T: FixedWidthInteger>(_ code: OpaquePointer, _ what: Int32, as _: T.Type) -> T {
        var value: T = 0
        guard pcre2_pattern_info_8(code, UInt32(what), &value) == 0 else { return 0 }
        return value
    }

    /// The pattern's own `(*LIMIT_HEAP=…)` in KiB, or nil when it sets none.
    private static func ownHeapLimit(_ code: OpaquePointer) -> Int? {
        var value: UInt32 = 0
        guard pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_HEAPLIMIT), &value) == 0 else { return nil }
        return Int(value)
    }

    /// The name table: each entry is a big-endian group number followed by the zero-terminated name.
    private static func nameTable(_ code: OpaquePointer) -> [String: [Int]] {
        let count = Int(info(code, PCRE2_INFO_NAMECOUNT, as: UInt32.self))
        let entrySize = Int(info(code, PCRE2_INFO_NAMEENTRYSIZE, as: UInt32.self))
        guard count > 0, entrySize > 2 else { return [:] }
        var table: UnsafePointer<UInt8>?
        guard pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table) == 0, let table else {
            return [:]
        }
        var result: [String: [Int]] = [:]
        for entry in 0..<count {
            let start = table + entry * entrySize
            let number = Int(start[0]) << 8 | Int(start[1])
            let nameBytes = UnsafeBufferPointer(start: start + 2, count: entrySize - 2).prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            result[name, default: []].append(number)
        }
        return result.mapValues { $0.sorted() }
    }
}
