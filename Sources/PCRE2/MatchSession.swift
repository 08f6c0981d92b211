import CPCRE2

/// Match data borrowed for the duration of one matching operation (one call, or one `allMatches` loop).
///
/// Normally it is the calling thread's cached match data (see ``ThreadMatchState``), which stays with
/// the thread; only when thread-local storage is unavailable does the session own a fresh match data
/// and free it in `deinit`.
struct MatchSession: ~Copyable {
    /// The PCRE2 match data.
    let matchData: OpaquePointer
    /// Its ovector: pairs of byte offsets, `-1` (`PCRE2_UNSET`) for unset groups.
    let ovector: UnsafeMutablePointer<Int>
    /// Whether this session created `matchData` and must free it.
    private let ownsMatchData: Bool

    /// Borrows match data with room for at least `pairs` ovector pairs, for a pattern whose heap
    /// limit is `heapLimitKiB`.
    @inline(__always)
    init(pairs: Int, heapLimitKiB: Int) throws(PCRE2Error) {
        let (matchData, owned) = try Self.acquire(pairs: pairs, heapLimitKiB: heapLimitKiB)
        guard let ovector = pcre2_get_ovector_pointer_8(matchData) else {
            if owned { pcre2_match_data_free_8(matchData) }
            throw .outOfMemory
        }
        self.matchData = matchData
        self.ovector = ovector
        self.ownsMatchData = owned
    }

    /// The thread's cached match data, or a new one owned by the caller when thread-local storage is
    /// unavailable.
    ///
    /// The cached one is replaced when it has too few ovector pairs, or when it may hold more
    /// interpreter backtracking frames than `heapLimitKiB`: PCRE2 (10.41 and later) keeps the frames
    /// in the match data and checks the heap limit only when it enlarges them, so frames left by a
    /// match under a higher limit would let this one use more than its own limit allows.
    @inline(__always)
    private static func acquire(pairs: Int, heapLimitKiB: Int) throws(PCRE2Error) -> (OpaquePointer, owned: Bool) {
        guard let state = ThreadMatchState.current() else {
            guard let created = pcre2_match_data_create_8(UInt32(clamping: pairs), nil) else {
                throw .outOfMemory
            }
            return (created, true)
        }
        if let cached = state.pointee.matchData, state.pointee.matchDataPairs >= pairs,
            state.pointee.framesBoundKiB <= heapLimitKiB
        {
            // The frames may now grow up to this pattern's limit.
            state.pointee.framesBoundKiB = heapLimitKiB
            return (cached, false)
        }
        let size = max(pairs, ThreadMatchState.minimumPairs)
        guard let created = pcre2_match_data_create_8(UInt32(clamping: size), nil) else {
            throw .outOfMemory
        }
        if let old = state.pointee.matchData { pcre2_match_data_free_8(old) }
        state.pointee.matchData = created
        state.pointee.matchDataPairs = size
        state.pointee.framesBoundKiB = heapLimitKiB
        return (created, false)
    }

    /// The offset of the first bad byte after a UTF error (`pcre2_get_startchar`).
    var startChar: Int {
        pcre2_get_startchar_8(matchData)
    }

    deinit {
        if ownsMatchData { pcre2_match_data_free_8(matchData) }
    }
}
