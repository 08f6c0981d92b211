import PCRE2
import Testing

@Suite("Resource limits: runaway matches end in typed errors")
struct LimitTests {
    static let catastrophicSubject = String(repeating: "a", count: 40) + "b"

    @Test(arguments: bothEngines)
    func catastrophicBacktrackingHitsTheDefaultMatchLimit(useJIT: Bool) throws {
        let pattern = try CompiledPattern("(a+)+$", useJIT: useJIT)
        #expect(pattern.engine == expectedEngine(useJIT: useJIT))
        #expect(pattern.limits == .default)
        #expect(throws: PCRE2Error.matchLimitExceeded) {
            try pattern.firstMatch(in: Self.catastrophicSubject)
        }
        #expect(throws: PCRE2Error.matchLimitExceeded) { try pattern.matches(Self.catastrophicSubject) }
        #expect(throws: PCRE2Error.matchLimitExceeded) { try pattern.allMatches(in: Self.catastrophicSubject) }
        #expect(throws: PCRE2Error.matchLimitExceeded) { try pattern.partialMatch(in: Self.catastrophicSubject) }
    }

    @Test(arguments: bothEngines)
    func theThreadKeepsMatchingAfterALimitError(useJIT: Bool) throws {
        let catastrophic = try CompiledPattern("(a+)+$", useJIT: useJIT)
        let normal = try CompiledPattern(#"(a+)(b)"#, useJIT: useJIT)
        for _ in 0..<3 {
            #expect(throws: PCRE2Error.matchLimitExceeded) { try catastrophic.firstMatch(in: Self.catastrophicSubject) }
            #expect(try normal.firstMatch(in: Self.catastrophicSubject)?.groups == [0..<41, 0..<40, 40..<41])
        }
    }

    @Test(arguments: bothEngines)
    func perPatternMatchLimitOverride(useJIT: Bool) throws {
        // 2^16 attempts: within the default, beyond a limit of 1 000.
        let subject = String(repeating: "a", count: 16) + "b"
        let defaults = try CompiledPattern("(a+)+$", useJIT: useJIT)
        #expect(try defaults.firstMatch(in: subject) == nil)
        let strict = try CompiledPattern("(a+)+$", limits: MatchLimits(matchLimit: 1_000), useJIT: useJIT)
        #expect(throws: PCRE2Error.matchLimitExceeded) { try strict.firstMatch(in: subject) }
        // 2^22 attempts: beyond the default, within a raised limit.
        let longer = String(repeating: "a", count: 22) + "b"
        #expect(throws: PCRE2Error.matchLimitExceeded) { try defaults.firstMatch(in: longer) }
        let generous = try CompiledPattern("(a+)+$", limits: MatchLimits(matchLimit: 100_000_000), useJIT: useJIT)
        #expect(try generous.firstMatch(in: longer) == nil)
    }

    @Test func depthLimitStopsTheInterpreter() throws {
        let subject = String(repeating: "a", count: 1_000) + "cb"
        let pattern = try CompiledPattern("(a)*b", limits: MatchLimits(depthLimit: 100), useJIT: false)
        #expect(throws: PCRE2Error.depthLimitExceeded) { try pattern.firstMatch(in: subject) }
        let roomy = try CompiledPattern("(a)*b", limits: MatchLimits(depthLimit: 5_000), useJIT: false)
        #expect(try roomy.firstMatch(in: subject)?.range == 1_001..<1_002)
    }

    @Test func heapLimitStopsTheInterpreter() throws {
        let subject = String(repeating: "a", count: 1_000) + "cb"
        let pattern = try CompiledPattern("(a)*b", limits: MatchLimits(heapLimitKiB: 8), useJIT: false)
        // On a thread of its own, so that nothing matched before on the test's thread plays a part
        // (HostilePatternTests.heapLimitAfterABigMatchOnTheSameThread covers a thread that did).
        let outcome = OnFreshThread.run { Result { () throws(PCRE2Error) in try pattern.firstMatch(in: subject) } }
        #expect(throws: PCRE2Error.heapLimitExceeded) { try outcome.get() }
    }

    @Test func jitStackLimitIsATypedError() throws {
        try #require(PCRE2.jitAvailable)
        // Each iteration keeps a backtracking frame on the JIT stack: 200 000 iterations exceed 1 MiB.
        let subject = String(repeating: "ab", count: 100_000) + "c"
        let pattern = try CompiledPattern("(?:(a)|b)*c")
        #expect(pattern.engine == .jit)
        #expect(throws: PCRE2Error.jitStackLimit) { try pattern.firstMatch(in: subject) }
        // The same pattern on a shorter subject fits.
        #expect(try pattern.firstMatch(in: String(repeating: "ab", count: 5_000) + "c")?.range == 0..<10_001)
    }

    @Test(arguments: bothEngines)
    func ordinaryPatternsUseAFractionOfTheDefaults(useJIT: Bool) throws {
        // A ~200-byte line still matches with limits a hundred times below the defaults.
        let line =
            String(repeating: "green:off:x ", count: 10) + "blue:solid:abc red:blink:5: "
            + String(repeating: "y", count: 40)
        let tight = MatchLimits(
            matchLimit: MatchLimits.default.matchLimit / 100,
            heapLimitKiB: MatchLimits.default.heapLimitKiB / 100,
            depthLimit: MatchLimits.default.depthLimit / 100)
        let patterns = [
            #"blue:solid:\S* red:blink:[56]:"#,
            #"(?<t>\S+) (?:\S+\s+){0,12}?red:blink:(?<r>[56]):.*$"#,
            #"(?:green:off:\w\s)+(\w+):(\w+):(\w*)"#,
        ]
        for source in patterns {
            let pattern = try CompiledPattern(source, options: .utf, limits: tight, useJIT: useJIT)
            #expect(try pattern.firstMatch(in: line) != nil, "\(source)")
        }
    }

    @Test func limitsAreClampedToValidValues() throws {
        let pattern = try CompiledPattern(
            "a", limits: MatchLimits(matchLimit: -5, heapLimitKiB: 0, depthLimit: Int.max))
        #expect(try pattern.matches("a"))
    }
}
