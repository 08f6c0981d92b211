import PCRE2
import Testing

@Suite("Compile errors: message, offset and caret")
struct CompileErrorTests {
    /// The compile error for `pattern`, failing the test if it compiles.
    func compileError(_ pattern: String, options: CompileOptions = []) -> PCRE2Error? {
        caughtError { () throws(PCRE2Error) in try CompiledPattern(pattern, options: options) }
    }

    @Test func missingParenthesis() throws {
        let error = try #require(compileError("ab(c"))
        #expect(error == .compile(message: "missing closing parenthesis", offset: 4, pattern: "ab(c"))
        let lines = error.rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[0] == "invalid pattern at offset 4: missing closing parenthesis")
        #expect(lines[1] == "    ab(c")
        #expect(lines[2] == "        ^")
        #expect(error.description == error.rendered)
    }

    @Test(arguments: [
        ("a{2,1}", 5, "numbers out of order in {} quantifier"),
        ("[z-a]", 3, "range out of order in character class"),
        ("*a", 0, "quantifier does not follow a repeatable item"),
        ("(?<=a+)b", 0, "lookbehind assertion is not fixed length"),
        (#"a\C"#, 3, "using \\C is disabled by the application"),
    ])
    func messagesAndOffsets(pattern: String, offset: Int, message: String) throws {
        let error = try #require(compileError(pattern))
        #expect(error == .compile(message: message, offset: offset, pattern: pattern))
    }

    @Test func caretColumnCountsCharactersNotBytes() throws {
        // "é" is 2 bytes and "🔴" 4: the error is at byte 6 but at character 2.
        let error = try #require(compileError("é🔴)x", options: .utf))
        guard case let .compile(message, offset, _) = error else {
            Issue.record("expected a compile error, got \(error)")
            return
        }
        #expect(message == "unmatched closing parenthesis")
        #expect(offset == 6)
        let lines = error.rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "    é🔴)x")
        #expect(lines[2] == "      ^")
        // The caret sits under the ")": same number of characters before it on both lines.
        #expect(lines[2].count - 1 == lines[1].firstIndex(of: ")").map { lines[1][..<$0].count })
    }

    @Test func caretInByteModePatternRoundsDownToTheCharacter() throws {
        // Without UTF mode PCRE2 counts bytes: "🔴" is 4 of them, so the ")" is at offset 4, column 1.
        let error = try #require(compileError("🔴)"))
        #expect(error == .compile(message: "unmatched closing parenthesis", offset: 4, pattern: "🔴)"))
        #expect(error.rendered.hasSuffix("\n    🔴)\n     ^"))
    }

    @Test func multiLinePatternIsRenderedOnOneLine() throws {
        let error = try #require(compileError("a\n\t(b", options: .extended))
        let lines = error.rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[1] == "    a  (b")
        #expect(lines[2] == "         ^")
    }

    @Test func otherErrorsRenderOnOneLine() {
        #expect(PCRE2Error.matchLimitExceeded.rendered.contains("match limit"))
        #expect(PCRE2Error.badUTF(offset: 3).description.contains("3"))
        #expect(!PCRE2Error.jitStackLimit.rendered.contains("\n"))
    }
}
