import PCRE2
import Testing

@Suite("Partial matching (PCRE2_PARTIAL_HARD)")
struct PartialMatchTests {
    @Test(arguments: bothEngines)
    func subjectEndsInsideThePattern(useJIT: Bool) throws {
        let pattern = try CompiledPattern("red:blink:6", useJIT: useJIT)
        #expect(try pattern.partialMatch(in: "red:bl") == .partial(0..<6))
        #expect(try pattern.partialMatch(in: "led red:blink:") == .partial(4..<14))
        #expect(try pattern.partialMatch(in: "red:x") == .noMatch)
        // PCRE2 reports a partial match only once it has inspected at least one character.
        #expect(try pattern.partialMatch(in: "") == .noMatch)
    }

    @Test(arguments: bothEngines)
    func completeMatch(useJIT: Bool) throws {
        let pattern = try CompiledPattern("red:blink:(6)", useJIT: useJIT)
        guard case let .complete(match) = try pattern.partialMatch(in: "x red:blink:6 y") else {
            Issue.record("expected a complete match")
            return
        }
        #expect(match.range == 2..<13)
        #expect(match.groups == [2..<13, 12..<13])
    }

    @Test(arguments: bothEngines)
    func hardPartialPrefersThePartialAtTheEnd(useJIT: Bool) throws {
        let digits = try CompiledPattern(#"\d+"#, useJIT: useJIT)
        // "12" is complete (a space follows); at the end, "34" could still grow: hard partial says so.
        #expect(try digits.partialMatch(in: "12 34") == .complete(try #require(try digits.firstMatch(in: "12 34"))))
        #expect(try digits.partialMatch(in: "ab 34") == .partial(3..<5))
        #expect(try digits.partialMatch(in: "12 34", from: 2) == .partial(3..<5))
    }

    @Test(arguments: bothEngines)
    func classesAndUTF8(useJIT: Bool) throws {
        let pattern = try CompiledPattern("🔴 red:blink:[56]:", options: .utf, useJIT: useJIT)
        let subject = "× 🔴 red:bli"
        let result = try pattern.partialMatch(in: subject)
        #expect(result == .partial(3..<15))
        #expect(try pattern.partialMatch(in: "× 🔴 red:blink:7") == .noMatch)
    }

    @Test(arguments: bothEngines)
    func partialOnBytesAndSubstrings(useJIT: Bool) throws {
        let pattern = try CompiledPattern("red:blink:6", useJIT: useJIT)
        let line = "xx red:bl| tail"
        let head = line.prefix(9)
        #expect(try pattern.partialMatch(in: head) == .partial(3..<9))
        let bytes: [UInt8] = Array("red:b".utf8)
        #expect(
            try bytes.withUnsafeBufferPointer { buffer throws(PCRE2Error) in
                try pattern.partialMatch(in: buffer)
            } == .partial(0..<5))
    }
}
