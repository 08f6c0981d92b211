import PCRE2
import Testing

@Suite("allMatches, empty matches and start offsets")
struct AllMatchesTests {
    @Test(arguments: bothEngines)
    func emptyMatchesAdvanceLikePerl(useJIT: Bool) throws {
        #expect(
            try CompiledPattern("x*", useJIT: useJIT).allMatches(in: "axxb").map(\.range)
                == [0..<0, 1..<3, 3..<3, 4..<4])
        // After the empty match at 0, a non-empty match at the same place is still found.
        #expect(
            try CompiledPattern("|a", useJIT: useJIT).allMatches(in: "a").map(\.range)
                == [0..<0, 0..<1, 1..<1])
    }

    @Test(arguments: bothEngines)
    func emptyMatchesStepOverWholeCharacters(useJIT: Bool) throws {
        let subject = "é🔴x"
        let matches = try CompiledPattern("x*", options: .utf, useJIT: useJIT).allMatches(in: subject)
        #expect(matches.map(\.range) == [0..<0, 2..<2, 6..<7, 7..<7])
        // Every range converts to valid String indices.
        #expect(matches.map { $0.substring(in: subject) } == ["", "", "x", ""])
        // Without UTF mode the search steps byte by byte.
        #expect(try CompiledPattern("(?:)", useJIT: useJIT).allMatches(in: subject).count == 8)
    }

    @Test(arguments: bothEngines)
    func crlfIsOneStep(useJIT: Bool) throws {
        let pattern = try CompiledPattern("(*ANYCRLF)(?m)$", useJIT: useJIT)
        // No bogus end-of-line between "\r" and "\n".
        #expect(try pattern.allMatches(in: "a\r\nb").map(\.range) == [1..<1, 4..<4])
        let bytes: [UInt8] = [0x61, 0x0D, 0x0A, 0x62]
        #expect(
            try bytes.withUnsafeBufferPointer { buffer throws(PCRE2Error) in
                try pattern.allMatches(in: buffer).map(\.range)
            } == [1..<1, 4..<4])
    }

    @Test(arguments: bothEngines)
    func nonOverlapping(useJIT: Bool) throws {
        let pattern = try CompiledPattern("aa", useJIT: useJIT)
        #expect(try pattern.allMatches(in: "aaaaa").map(\.range) == [0..<2, 2..<4])
        #expect(try pattern.allMatches(in: "bbb").isEmpty)
    }

    @Test(arguments: bothEngines)
    func startOffset(useJIT: Bool) throws {
        let digit = try CompiledPattern(#"\d"#, useJIT: useJIT)
        #expect(try digit.allMatches(in: "a1b2c3", from: 2).map(\.range) == [3..<4, 5..<6])
        #expect(try digit.firstMatch(in: "a1b2c3", from: 4)?.range == 5..<6)
        #expect(try digit.firstMatch(in: "a1b2c3", from: 6) == nil)
        #expect(try !digit.matches("a1b2c3x", from: 6))
        // Lookbehind sees the text before the start offset.
        let lookbehind = try CompiledPattern("(?<=a)b", useJIT: useJIT)
        #expect(try lookbehind.firstMatch(in: "ab", from: 1)?.range == 1..<2)
        // ^ is the subject start, not the offset.
        #expect(try CompiledPattern("^b", useJIT: useJIT).firstMatch(in: "ab", from: 1) == nil)
    }

    @Test(arguments: bothEngines)
    func invalidStartOffsets(useJIT: Bool) throws {
        let pattern = try CompiledPattern(".", options: .utf, useJIT: useJIT)
        #expect(throws: PCRE2Error.invalidStartOffset(-1)) { try pattern.firstMatch(in: "abc", from: -1) }
        #expect(throws: PCRE2Error.invalidStartOffset(4)) { try pattern.firstMatch(in: "abc", from: 4) }
        #expect(throws: PCRE2Error.invalidStartOffset(1)) { try pattern.firstMatch(in: "é", from: 1) }
        #expect(throws: PCRE2Error.invalidStartOffset(2)) { try pattern.allMatches(in: "🔴", from: 2) }
        #expect(try pattern.firstMatch(in: "é", from: 2) == nil)
        // In UTF mode over raw bytes, PCRE2 itself rejects an offset inside a character.
        let bytes = Array("é".utf8)
        #expect(throws: PCRE2Error.invalidStartOffset(1)) {
            try bytes.withUnsafeBufferPointer { buffer throws(PCRE2Error) in try pattern.firstMatch(in: buffer, from: 1)
            }
        }
        // Without UTF mode any byte offset is fine.
        #expect(try CompiledPattern(".", useJIT: useJIT).firstMatch(in: "é", from: 1)?.range == 1..<2)
    }
}
