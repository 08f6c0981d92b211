import PCRE2
import Testing

@Suite("Library facts and pattern properties")
struct LibraryTests {
    @Test func versionIsReported() {
        #expect(PCRE2.version.hasPrefix("10."))
        #expect(PCRE2.version.split(separator: " ").count == 2)  // "10.42 2022-12-11"
    }

    @Test(arguments: bothEngines)
    func engineReflectsRequestAndAvailability(useJIT: Bool) throws {
        let pattern = try CompiledPattern("a+b", useJIT: useJIT)
        #expect(pattern.engine == expectedEngine(useJIT: useJIT))
    }

    @Test func jitIsAvailableOnThisPlatform() {
        // Debian's libpcre2 on x86_64 and arm64 ships with JIT; if this fails the JIT tests below
        // silently test the interpreter twice.
        #expect(PCRE2.jitAvailable)
    }

    @Test func noJITInsidePatternFallsBackToInterpreter() throws {
        let pattern = try CompiledPattern("(*NO_JIT)abc")
        #expect(pattern.engine == .interpreter)
        #expect(try pattern.matches("xabc"))
    }

    @Test func patternPropertiesAreKept() throws {
        let limits = MatchLimits(matchLimit: 1234, heapLimitKiB: 99, depthLimit: 77)
        let pattern = try CompiledPattern("(a)(?<b>b)", options: [.utf, .caseless], limits: limits)
        #expect(pattern.pattern == "(a)(?<b>b)")
        #expect(pattern.options == [.utf, .caseless])
        #expect(pattern.limits == limits)
        #expect(pattern.captureCount == 2)
        #expect(pattern.groupNames == ["b": 2])
    }

    @Test func optionsChangeMatching() throws {
        #expect(try CompiledPattern("red", options: .caseless).matches("RED"))
        #expect(try !CompiledPattern("red").matches("RED"))
        #expect(try CompiledPattern("r e d # comment", options: .extended).matches("red"))
        #expect(try CompiledPattern("^b$", options: .multiline).matches("a\nb\nc"))
        #expect(try !CompiledPattern("^b$").matches("a\nb\nc"))
        #expect(try CompiledPattern("a.b", options: .dotAll).matches("a\nb"))
        #expect(try !CompiledPattern("a.b").matches("a\nb"))
        #expect(try CompiledPattern("b", options: .anchored).firstMatch(in: "ab") == nil)
        #expect(try CompiledPattern("b", options: .anchored).firstMatch(in: "ab", from: 1)?.range == 1..<2)
        #expect(try CompiledPattern(#"^\w$"#, options: [.utf, .ucp]).matches("é"))
        #expect(try !CompiledPattern(#"^\w$"#, options: .utf).matches("é"))
    }

    @Test func emptyPatternAndEmptySubject() throws {
        let empty = try CompiledPattern("")
        #expect(try empty.firstMatch(in: "")?.range == 0..<0)
        #expect(try empty.allMatches(in: "ab").map(\.range) == [0..<0, 1..<1, 2..<2])
        #expect(try CompiledPattern("a").firstMatch(in: "") == nil)
    }
}
