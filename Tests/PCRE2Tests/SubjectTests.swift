import PCRE2
import Testing

@Suite("Raw-byte and Substring subjects")
struct SubjectTests {
    @Test(arguments: bothEngines)
    func unsafeBufferPointerOfBytes(useJIT: Bool) throws {
        let pattern = try CompiledPattern(#"red:blink:(\d)"#, useJIT: useJIT)
        let bytes = Array("led red:blink:5 🔴".utf8)
        let match = try bytes.withUnsafeBufferPointer { buffer throws(PCRE2Error) in
            try pattern.firstMatch(in: buffer)
        }
        #expect(match?.range == 4..<15)
        #expect(match?[1] == 14..<15)
        let all = try bytes.withUnsafeBufferPointer { buffer throws(PCRE2Error) in
            try pattern.allMatches(in: buffer, from: 5)
        }
        #expect(all.isEmpty)
        #expect(try bytes.withUnsafeBufferPointer { buffer throws(PCRE2Error) in try pattern.matches(buffer) })
    }

    @Test(arguments: bothEngines)
    func unsafeRawBufferPointer(useJIT: Bool) throws {
        let pattern = try CompiledPattern("(?<light>🔴)", options: .utf, useJIT: useJIT)
        let bytes = Array("× 🔴 🔴".utf8)
        let matches = try bytes.withUnsafeBytes { raw throws(PCRE2Error) in try pattern.allMatches(in: raw) }
        #expect(matches.map(\.range) == [3..<7, 8..<12])
        #expect(matches.map { $0[name: "light"] } == [3..<7, 8..<12])
        #expect(
            try bytes.withUnsafeBytes { raw throws(PCRE2Error) in try pattern.firstMatch(in: raw, from: 7) }?.range
                == 8..<12)
        #expect(
            try bytes.withUnsafeBytes { raw throws(PCRE2Error) in try pattern.partialMatch(in: raw) }
                == .complete(matches[0]))
    }

    @Test(arguments: bothEngines)
    func bytesWithNULAndInvalidUTF8WithoutUTFMode(useJIT: Bool) throws {
        let pattern = try CompiledPattern(#"a\x00\xFFb"#, useJIT: useJIT)
        let bytes: [UInt8] = [0x7A, 0x61, 0x00, 0xFF, 0x62]
        #expect(
            try bytes.withUnsafeBufferPointer { buffer throws(PCRE2Error) in try pattern.firstMatch(in: buffer) }?.range
                == 1..<5)
    }

    @Test(arguments: bothEngines)
    func invalidUTF8InUTFModeIsATypedError(useJIT: Bool) throws {
        let pattern = try CompiledPattern("b", options: .utf, useJIT: useJIT)
        let bytes: [UInt8] = [0x61, 0x62, 0xC3, 0x28, 0x62]  // 0xC3 starts a sequence that 0x28 does not continue
        #expect(throws: PCRE2Error.badUTF(offset: 2)) {
            try bytes.withUnsafeBufferPointer { buffer throws(PCRE2Error) in try pattern.firstMatch(in: buffer) }
        }
        #expect(throws: PCRE2Error.badUTF(offset: 2)) {
            try bytes.withUnsafeBytes { raw throws(PCRE2Error) in try pattern.allMatches(in: raw) }
        }
        let truncated: [UInt8] = [0x61, 0xF0, 0x9F]
        #expect(throws: PCRE2Error.badUTF(offset: 1)) {
            try truncated.withUnsafeBufferPointer { buffer throws(PCRE2Error) in try pattern.matches(buffer) }
        }
    }

    @Test(arguments: bothEngines)
    func emptyBuffers(useJIT: Bool) throws {
        let pattern = try CompiledPattern("x*", useJIT: useJIT)
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(try pattern.firstMatch(in: empty)?.range == 0..<0)
        #expect(try pattern.allMatches(in: UnsafeRawBufferPointer(start: nil, count: 0)).map(\.range) == [0..<0])
    }

    @Test(arguments: bothEngines)
    func substringOffsetsAreRelativeToTheSubstring(useJIT: Bool) throws {
        let pattern = try CompiledPattern(#"(?<color>\w+):blink:(?<rate>\d)"#, options: .utf, useJIT: useJIT)
        let line = "🔴 × red:blink:5 | blue:blink:6"
        let tail = line.drop { $0 != "|" }
        let match = try #require(try pattern.firstMatch(in: tail))
        #expect(match.range == 2..<14)
        #expect(match.substring(in: tail) == "blue:blink:6")
        #expect(match.substring(named: "rate", in: tail) == "6")
        // Substring indices are the base string's indices.
        let range = match.stringRange(in: tail)
        #expect(line[range] == "blue:blink:6")
        #expect(range.upperBound == line.endIndex)
        let head = line.prefix { $0 != "|" }
        #expect(try pattern.allMatches(in: head).map { $0.substring(named: "color", in: head) } == ["red"])
        #expect(try pattern.matches(head))
        #expect(try !pattern.matches(head, from: 12))  // from "blink:5 "
    }

    @Test(arguments: bothEngines)
    func substringOfMultibyteText(useJIT: Bool) throws {
        let pattern = try CompiledPattern(".", options: .utf, useJIT: useJIT)
        let text = "é🔴x"
        let sub = text.dropFirst()  // "🔴x"
        #expect(try pattern.allMatches(in: sub).map(\.range) == [0..<4, 4..<5])
        #expect(throws: PCRE2Error.invalidStartOffset(1)) { try pattern.firstMatch(in: sub, from: 1) }
    }
}
