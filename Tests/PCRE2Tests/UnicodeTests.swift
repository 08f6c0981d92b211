import PCRE2
import Testing

@Suite("Non-ASCII subjects: byte ranges and String.Index ranges")
struct UnicodeTests {
    // "5×" is 1 + 2 bytes, "é" 2 bytes (precomposed), "🔴" 4 bytes.
    static let subject = "5× é🔴 red:blink:6"

    @Test(arguments: bothEngines)
    func multiplicationSign(useJIT: Bool) throws {
        let subject = Self.subject
        let pattern = try CompiledPattern(#"(\d)(×)"#, options: .utf, useJIT: useJIT)
        let match = try #require(try pattern.firstMatch(in: subject))
        #expect(match.range == 0..<3)
        #expect(match.groups == [0..<3, 0..<1, 1..<3])
        let range = match.stringRange(in: subject)
        #expect(range == subject.startIndex..<subject.index(subject.startIndex, offsetBy: 2))
        #expect(
            match.stringRange(ofGroup: 2, in: subject)
                == subject.index(after: subject.startIndex)..<subject.index(subject.startIndex, offsetBy: 2))
        #expect(match.substring(ofGroup: 2, in: subject) == "×")
    }

    @Test(arguments: bothEngines)
    func accentAndEmoji(useJIT: Bool) throws {
        let subject = Self.subject
        let pattern = try CompiledPattern("(?<letter>é)(?<light>🔴)", options: .utf, useJIT: useJIT)
        let match = try #require(try pattern.firstMatch(in: subject))
        #expect(match.range == 4..<10)
        #expect(match[name: "letter"] == 4..<6)
        #expect(match[name: "light"] == 6..<10)
        let letterStart = subject.index(subject.startIndex, offsetBy: 3)  // characters: 5 × ␠ é
        let lightStart = subject.index(letterStart, offsetBy: 1)
        #expect(match.stringRange(named: "letter", in: subject) == letterStart..<lightStart)
        #expect(match.stringRange(named: "light", in: subject) == lightStart..<subject.index(after: lightStart))
        #expect(match.substring(in: subject) == "é🔴")
        #expect(match.substring(named: "light", in: subject) == "🔴")
    }

    @Test(arguments: bothEngines)
    func asciiAfterMultibyteCharacters(useJIT: Bool) throws {
        let subject = Self.subject
        let pattern = try CompiledPattern(#"red:blink:(\d)"#, options: .utf, useJIT: useJIT)
        let match = try #require(try pattern.firstMatch(in: subject))
        #expect(match.range == 11..<22)
        #expect(match[1] == 21..<22)
        #expect(match.substring(in: subject) == "red:blink:6")
        #expect(match.substring(ofGroup: 1, in: subject) == "6")
        #expect(match.stringRange(in: subject).upperBound == subject.endIndex)
    }

    @Test(arguments: bothEngines)
    func dotMatchesWholeCodePointsInUTFMode(useJIT: Bool) throws {
        let pattern = try CompiledPattern("^(.)(.)", options: .utf, useJIT: useJIT)
        let match = try #require(try pattern.firstMatch(in: "🔴é"))
        #expect(match.groups == [0..<6, 0..<4, 4..<6])
        #expect(match.substring(ofGroup: 1, in: "🔴é") == "🔴")
    }

    @Test(arguments: bothEngines)
    func dotMatchesSingleBytesWithoutUTF(useJIT: Bool) throws {
        let pattern = try CompiledPattern("^(.)", useJIT: useJIT)
        let match = try #require(try pattern.firstMatch(in: "🔴x"))
        #expect(match.range == 0..<1)
        // A byte range that splits a character still converts safely (String rounds to the scalar).
        #expect(match.substring(in: "🔴x").utf8.count <= 4)
    }

    @Test func rangesFromAnotherSubjectAreClampedNotTrapped() throws {
        let match = try #require(try CompiledPattern("world").firstMatch(in: "hello world"))
        let short = "hi"
        #expect(match.stringRange(in: short) == short.endIndex..<short.endIndex)
        #expect(match.substring(in: short) == "")
    }

    @Test(arguments: bothEngines)
    func unicodePropertiesAndGraphemes(useJIT: Bool) throws {
        let letters = try CompiledPattern(#"\p{L}+"#, options: .utf, useJIT: useJIT)
        #expect(try letters.allMatches(in: "héllo wörld 42").map(\.range) == [0..<6, 7..<13])
        let grapheme = try CompiledPattern(#"\X"#, options: .utf, useJIT: useJIT)
        let subject = "e\u{301}🔴"
        let matches = try grapheme.allMatches(in: subject)
        #expect(matches.map(\.range) == [0..<3, 3..<7])
        #expect(matches.map { $0.substring(in: subject) } == ["e\u{301}", "🔴"])
    }

    @Test(arguments: bothEngines)
    func caselessNonASCII(useJIT: Bool) throws {
        let pattern = try CompiledPattern("ÉTÉ", options: [.utf, .caseless], useJIT: useJIT)
        #expect(try pattern.firstMatch(in: "un été")?.range == 3..<8)
    }
}
