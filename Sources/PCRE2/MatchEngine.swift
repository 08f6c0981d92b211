/// Which PCRE2 engine a ``CompiledPattern`` runs its matches on.
public enum MatchEngine: Sendable, Hashable {
    /// Machine code produced by PCRE2's JIT compiler (the fast path).
    case jit
    /// PCRE2's interpretive matcher, used when JIT is unavailable, failed, or was not requested.
    case interpreter
}
