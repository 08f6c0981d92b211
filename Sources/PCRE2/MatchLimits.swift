/// Resource limits that stop a runaway match with an error instead of a hang.
///
/// They are applied to every match of a ``CompiledPattern`` through a match context created with the
/// pattern. A pattern's own `(*LIMIT_MATCH=…)`-style settings can only lower them, never raise them.
public struct MatchLimits: Sendable, Hashable {
    /// The most backtracking steps one match call may take (`pcre2_set_match_limit`); applies to JIT
    /// and the interpreter. Exceeding it throws ``PCRE2Error/matchLimitExceeded``.
    public var matchLimit: Int
    /// The most heap memory, in KiB, the interpreter may use for backtracking frames
    /// (`pcre2_set_heap_limit`). Exceeding it throws ``PCRE2Error/heapLimitExceeded``.
    public var heapLimitKiB: Int
    /// The deepest backtracking nesting the interpreter may reach (`pcre2_set_depth_limit`); JIT ignores
    /// it. Exceeding it throws ``PCRE2Error/depthLimitExceeded``.
    public var depthLimit: Int

    /// The defaults: 200 000 steps, 16 MiB of heap, depth 50 000.
    ///
    /// They stop the catastrophic `(a+)+$` on forty `a`s and a `b` within a few milliseconds on either
    /// engine, while ordinary patterns on log-line-sized subjects use a tiny fraction of them.
    public static let `default` = MatchLimits(matchLimit: 200_000, heapLimitKiB: 16_384, depthLimit: 50_000)

    /// Creates limits; each value is clamped to `1...UInt32.max`.
    public init(
        matchLimit: Int = MatchLimits.default.matchLimit,
        heapLimitKiB: Int = MatchLimits.default.heapLimitKiB,
        depthLimit: Int = MatchLimits.default.depthLimit
    ) {
        self.matchLimit = matchLimit
        self.heapLimitKiB = heapLimitKiB
        self.depthLimit = depthLimit
    }

    /// `value` clamped to what PCRE2's `uint32_t` limit setters accept (at least 1).
    static func clamped(_ value: Int) -> UInt32 {
        UInt32(clamping: max(1, value))
    }
}
