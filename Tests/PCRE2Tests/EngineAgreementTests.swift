import PCRE2
import Testing

/// One row of the JIT-versus-interpreter table.
struct AgreementCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let options: CompileOptions
    let subject: String
    /// The number of matches `allMatches` must find (so agreeing on "nothing" cannot pass by accident).
    let expectedCount: Int

    init(_ pattern: String, _ subject: String, _ expectedCount: Int) {
        self.init(pattern, [], subject, expectedCount)
    }

    init(_ pattern: String, _ options: CompileOptions, _ subject: String, _ expectedCount: Int) {
        self.pattern = pattern
        self.options = options
        self.subject = subject
        self.expectedCount = expectedCount
    }

    var testDescription: String { "/\(pattern)/ on \(subject.debugDescription)" }
}

@Suite("JIT and interpreter agree")
struct EngineAgreementTests {
    static let cases: [AgreementCase] = [
        AgreementCase(#"\d+"#, "a1b22c333", 3),
        AgreementCase(#"(\w+)@(\w+)\.com"#, "x a@b.com, c@d.com", 2),
        AgreementCase(#"(?<key>\w+)=(?<value>[^;]*)"#, "a=1;b=;c=3", 3),
        AgreementCase("x*", "axxbx", 5),
        AgreementCase("(a)|b", "abba", 4),
        AgreementCase("RED", .caseless, "red Red rED", 3),
        AgreementCase(#"^\w+$"#, .multiline, "one\ntwo\nthree", 3),
        AgreementCase("a.b", .dotAll, "a\nb a.b", 2),
        AgreementCase(#"\bword\b"#, "word words sword word", 2),
        AgreementCase(#"(?<=@)\w+"#, "@a b@c", 2),
        AgreementCase(#"\w+(?=!)"#, "hi! there!", 2),
        AgreementCase(#"(\d{1,3})(?:\.(\d{1,3})){3}"#, "ip 10.0.0.1 and 192.168.1.254", 2),
        AgreementCase("é+", .utf, "éé e é", 2),
        AgreementCase(#"\p{L}+"#, .utf, "héllo wörld 123", 2),
        AgreementCase("[🔴🟢]", .utf, "a🔴b🟢", 2),
        AgreementCase("(?|(a)|(b))", "ab", 2),
        AgreementCase("(?:(x)|(y))+", "xyxy yx", 2),
        AgreementCase(#"\s+"#, "a  b\t\tc", 2),
        AgreementCase("(?J)(?<n>a)|(?<n>b)", "ab", 2),
        AgreementCase(#"blue:solid:\S* red:blink:[56]:"#, "blue:solid:on red:blink:5: blue:solid: red:blink:6:", 2),
        AgreementCase("a|", "aba", 4),
        AgreementCase("(*ANYCRLF)(?m)$", "a\r\nb\r\n", 3),
        AgreementCase(#"\X"#, .utf, "e\u{301}🔴x", 3),
        AgreementCase(#"a \s b # spaced"#, .extended, "a b ab", 1),
        AgreementCase(#"(a+)+$"#, "aaaa", 1),
        AgreementCase(#"(?i)straße"#, .utf, "STRASSE Straße", 1),
        AgreementCase(#"(?:(?<d>\d)|(?<w>\w))+?"#, .utf, "a1_", 3),
        AgreementCase(#"^"#, .multiline, "a\nb\n", 2),  // not after the final newline (Perl)
    ]

    @Test(arguments: cases)
    func allMatchesAgree(_ row: AgreementCase) throws {
        let jit = try CompiledPattern(row.pattern, options: row.options, useJIT: true)
        let interpreter = try CompiledPattern(row.pattern, options: row.options, useJIT: false)
        #expect(jit.engine == expectedEngine(useJIT: true))
        #expect(interpreter.engine == .interpreter)
        let viaJIT = try jit.allMatches(in: row.subject)
        let viaInterpreter = try interpreter.allMatches(in: row.subject)
        #expect(viaJIT == viaInterpreter)
        #expect(viaJIT.map(\.groups) == viaInterpreter.map(\.groups))
        #expect(viaJIT.count == row.expectedCount)
        #expect(try jit.firstMatch(in: row.subject) == viaInterpreter.first)
        #expect(try jit.partialMatch(in: row.subject) == interpreter.partialMatch(in: row.subject))
    }

    @Test func tableIsLargeEnough() {
        #expect(Self.cases.count >= 20)
    }
}
