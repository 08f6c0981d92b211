import CPCRE2

/// The matching core shared by every subject type: one `pcre2_match` call, the `allMatches` loop, and
/// turning the ovector into a ``Match``.
extension CompiledPattern {
    /// What one `pcre2_match` call found.
    enum Outcome {
        /// A match; the value is `pcre2_match`'s result (one more than the highest set group, or 0).
        case match(Int32)
        /// No match.
        case noMatch
        /// A partial match (only with `PCRE2_PARTIAL_HARD`).
        case partial
    }

    /// Runs one `pcre2_match` on `subject` from byte `offset` with extra match `options`.
    @inline(__always)
    func run(
        _ session: borrowing MatchSession,
        _ subject: Subject,
        from offset: Int,
        options: UInt32
    ) throws(PCRE2Error) -> Outcome {
        guard offset >= 0, offset <= subject.count else { throw .invalidStartOffset(offset) }
        var flags = options
        if isUTF && subject.isValidUTF8 {
            // PCRE2_NO_UTF_CHECK makes a start inside a character undefined behaviour: refuse it here.
            if offset < subject.count && Subject.isContinuation(subject.base[offset]) {
                throw .invalidStartOffset(offset)
            }
            flags |= UInt32(PCRE2_NO_UTF_CHECK)
        }
        var rc: Int32 = PCRE2_ERROR_JIT_BADOPTION
        if engine == .jit, options & ~UInt32(PCRE2_PARTIAL_HARD) == 0, !isUTF || subject.isValidUTF8 {
            // PCRE2's fast path to JIT code: the checks pcre2_match would make are made above (start
            // offset, UTF validity); it supports no anchoring options, hence only plain and partial
            // matching here. A mode the JIT code lacks reports JIT_BADOPTION: then pcre2_match decides.
            rc = pcre2_jit_match_8(code, subject.base, subject.count, offset, options, session.matchData, matchContext)
        }
        if rc == PCRE2_ERROR_JIT_BADOPTION {
            rc = pcre2_match_8(code, subject.base, subject.count, offset, flags, session.matchData, matchContext)
        }
        if rc >= 0 { return .match(rc) }
        if rc == PCRE2_ERROR_NOMATCH { return .noMatch }
        if rc == PCRE2_ERROR_PARTIAL { return .partial }
        let error = PCRE2Error.fromMatch(code: rc, startChar: session.startChar, startOffset: offset)
        switch error {
        case .matchLimitExceeded, .heapLimitExceeded, .depthLimitExceeded:
            // The thread's match data may now hold a large backtracking heap: let it go. The session
            // does not own it, and the caller only rethrows, so nothing touches it again.
            ThreadMatchState.discardMatchData()
        default:
            break
        }
        throw error
    }

    /// The first match at or after `offset`.
    func firstMatch(_ subject: inout Subject, from offset: Int) throws(PCRE2Error) -> Match? {
        let session = try MatchSession(pairs: pairCount, heapLimitKiB: heapLimitKiB)
        guard case let .match(rc) = try run(session, subject, from: offset, options: 0) else { return nil }
        return makeMatch(session, setPairs: rc)
    }

    /// Whether there is a match at or after `offset` (no ``Match`` is built).
    func hasMatch(_ subject: inout Subject, from offset: Int) throws(PCRE2Error) -> Bool {
        let session = try MatchSession(pairs: pairCount, heapLimitKiB: heapLimitKiB)
        guard case .match = try run(session, subject, from: offset, options: 0) else { return false }
        return true
    }

    /// A hard partial match at or after `offset`.
    func partialMatch(_ subject: inout Subject, from offset: Int) throws(PCRE2Error) -> PartialMatchResult {
        let session = try MatchSession(pairs: pairCount, heapLimitKiB: heapLimitKiB)
        switch try run(session, subject, from: offset, options: UInt32(PCRE2_PARTIAL_HARD)) {
        case let .match(rc):
            return .complete(makeMatch(session, setPairs: rc))
        case .partial:
            let ovector = session.ovector
            return .partial(Self.range(ovector[0], ovector[1]) ?? offset..<subject.count)
        case .noMatch:
            return .noMatch
        }
    }

    /// Every non-overlapping match from `offset` on, the way Perl and `pcre2demo` find them: after an
    /// empty match, first retry at the same place for a non-empty anchored match, and only then move on
    /// by one character (CR LF counting as one when it is a line break).
    func allMatches(_ subject: inout Subject, from start: Int) throws(PCRE2Error) -> [Match] {
        let session = try MatchSession(pairs: pairCount, heapLimitKiB: heapLimitKiB)
        var matches: [Match] = []
        var offset = start
        var afterEmptyMatch = false
        while offset <= subject.count {
            let options = afterEmptyMatch ? UInt32(PCRE2_NOTEMPTY_ATSTART) | UInt32(PCRE2_ANCHORED) : 0
            let outcome = try run(session, subject, from: offset, options: options)
            // PCRE2 has now checked the rest of the subject (and any lookbehind before it) for valid UTF.
            subject.isValidUTF8 = true
            guard case let .match(rc) = outcome else {
                guard afterEmptyMatch else { break }
                offset = advance(from: offset, in: subject)
                afterEmptyMatch = false
                continue
            }
            let match = makeMatch(session, setPairs: rc)
            matches.append(match)
            let end = match.range.upperBound
            if end < offset || (end == offset && (afterEmptyMatch || !match.range.isEmpty)) {
                // No progress (cannot happen without \K tricks, which PCRE2 refuses): never loop forever.
                offset = advance(from: offset, in: subject)
                afterEmptyMatch = false
            } else {
                offset = end
                afterEmptyMatch = match.range.isEmpty
            }
        }
        return matches
    }

    /// The offset one character after `offset`.
    @inline(__always)
    func advance(from offset: Int, in subject: Subject) -> Int {
        let bytes = subject.base
        if crlfIsNewline, offset + 1 < subject.count, bytes[offset] == 0x0D, bytes[offset + 1] == 0x0A {
            return offset + 2
        }
        var next = offset + 1
        if isUTF {
            while next < subject.count, Subject.isContinuation(bytes[next]) { next += 1 }
        }
        return next
    }

    /// Builds a ``Match`` from the session's ovector after a match that set `setPairs` pairs (0: all).
    @inline(__always)
    func makeMatch(_ session: borrowing MatchSession, setPairs: Int32) -> Match {
        let ovector = session.ovector
        let pairs = pairCount
        let set = setPairs > 0 ? min(Int(setPairs), pairs) : pairs
        // `map` over a range is markedly cheaper here than `Array(unsafeUninitializedCapacity:)`, whose
        // unspecialised path looks up the array storage's generic metadata on every call.
        let groups: [Range<Int>?] = (0..<pairs).map { index in
            index < set ? Self.range(ovector[2 * index], ovector[2 * index + 1]) : nil
        }
        let whole = groups.first.flatMap { $0 } ?? 0..<0
        return Match(range: whole, groups: groups, groupNumbersByName: groupNumbersByName)
    }

    /// An ovector pair as a range; nil when unset (`PCRE2_UNSET` reads as -1). A start after the end
    /// (possible only through `\K` in a lookaround) yields an empty range rather than a trap.
    @inline(__always)
    static func range(_ start: Int, _ end: Int) -> Range<Int>? {
        guard start >= 0, end >= 0 else { return nil }
        return start..<max(start, end)
    }
}
