import CPCRE2

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The PCRE2 scratch objects one thread owns: its match data and its JIT stack.
///
/// Match data may only be used by one thread at a time, so each thread keeps its own, reached through
/// pthread thread-local storage: no lock on the match path, and the key's destructor frees both objects
/// when the thread exits. A thread never runs two matches at once (matching is synchronous and calls no
/// user code), so one match data per thread is enough; it grows when a pattern needs more capture slots,
/// and is replaced when it may hold more backtracking frames than a pattern's heap limit allows.
struct ThreadMatchState {
    /// The thread's match data, or nil before the first match.
    var matchData: OpaquePointer?
    /// How many ovector pairs `matchData` holds.
    var matchDataPairs = 0
    /// The most interpreter backtracking frames `matchData` may hold, in KiB: the highest heap limit
    /// of the patterns matched with it. PCRE2 never grows the frames beyond the limit of the match
    /// that grows them, and checks a limit only when it grows them, so the match data is reused only
    /// for patterns whose heap limit is at least this (see `MatchSession`).
    var framesBoundKiB = 0
    /// The thread's JIT stack, created on its first JIT match.
    var jitStack: OpaquePointer?
    /// Set when creating the JIT stack failed, so it is not retried on every match.
    var jitStackUnavailable = false

    /// The smallest match data ever created, in ovector pairs, so small patterns share one size.
    static let minimumPairs = 16
    /// The JIT stack's starting size (bytes).
    static let jitStackStartSize = 32 * 1024
    /// The most a thread's JIT stack may grow to (bytes).
    static let jitStackMaxSize = 1024 * 1024

    /// The process-wide TLS key, or nil if the system ran out of keys (then matches fall back to
    /// short-lived match data of their own).
    static let key: pthread_key_t? = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { raw in
            ThreadMatchState.destroy(raw)
        }
        return status == 0 ? key : nil
    }()

    /// The calling thread's state, created on first use; nil only when TLS or memory is unavailable.
    @inline(__always)
    static func current() -> UnsafeMutablePointer<ThreadMatchState>? {
        guard let key else { return nil }
        if let raw = pthread_getspecific(key) {
            return raw.assumingMemoryBound(to: ThreadMatchState.self)
        }
        let state = UnsafeMutablePointer<ThreadMatchState>.allocate(capacity: 1)
        state.initialize(to: ThreadMatchState())
        guard pthread_setspecific(key, state) == 0 else {
            state.deinitialize(count: 1)
            state.deallocate()
            return nil
        }
        return state
    }

    /// The calling thread's JIT stack, created on first use; nil means "use PCRE2's 32 KiB machine
    /// stack". Called by PCRE2 (through the match context's JIT callback) at the start of a JIT match.
    static func currentJITStack() -> OpaquePointer? {
        guard let state = current() else { return nil }
        if let stack = state.pointee.jitStack { return stack }
        if state.pointee.jitStackUnavailable { return nil }
        let stack = pcre2_jit_stack_create_8(jitStackStartSize, jitStackMaxSize, nil)
        if stack == nil { state.pointee.jitStackUnavailable = true }
        state.pointee.jitStack = stack
        return stack
    }

    /// Frees the calling thread's match data after a match that hit a resource limit: the interpreter
    /// keeps its backtracking heap inside the match data, which may now be large. The next match on
    /// this thread creates a fresh one.
    static func discardMatchData() {
        guard let state = current(), let matchData = state.pointee.matchData else { return }
        pcre2_match_data_free_8(matchData)
        state.pointee.matchData = nil
        state.pointee.matchDataPairs = 0
        state.pointee.framesBoundKiB = 0
    }

    /// TLS destructor: frees a thread's match data and JIT stack, each exactly once.
    static func destroy(_ raw: UnsafeMutableRawPointer?) {
        guard let raw else { return }
        let state = raw.assumingMemoryBound(to: ThreadMatchState.self)
        if let matchData = state.pointee.matchData { pcre2_match_data_free_8(matchData) }
        if let stack = state.pointee.jitStack { pcre2_jit_stack_free_8(stack) }
        state.deinitialize(count: 1)
        state.deallocate()
    }
}
