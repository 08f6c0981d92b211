import PCRE2
import Testing

@testable import LEDEngine

/// Catalogs refuse recursion and subroutine calls (docs/reliability.md, finding F4): what the scan
/// finds, what it must leave alone, and how the loader reports it.
@Suite("Recursion and subroutine calls in catalog patterns")
struct PatternCallScannerTests {
    /// Patterns holding a call: the call's byte offset and text.
    static let calls: [(pattern: String, offset: Int, text: String)] = [
        ("(?R)", 0, "(?R)"),
        ("^(a(?1)?b)$", 3, "(?1)"),
        ("(a)(?+1)(b)", 3, "(?+1)"),
        ("(a)(?-1)", 3, "(?-1)"),
        ("(?<n>a)(?&n)", 7, "(?&n)"),
        ("(?P<n>a)(?P>n)", 8, "(?P>n)"),
        ("(?<n>a)\\g<n>", 7, "\\g<n>"),
        ("(a)\\g'1'", 3, "\\g'1'"),
        ("(a)\\g<-1>", 3, "\\g<-1>"),
        ("(?0)", 0, "(?0)"),
        ("[a]b(?1)", 4, "(?1)"),
        ("[]a](?1)", 4, "(?1)"),
        ("\\Q(\\E(?1)", 5, "(?1)"),
        ("\\((?1)", 2, "(?1)"),
        ("(?(1)(?R)|b)", 5, "(?R)"),
        ("(*pla:(?1))", 6, "(?1)"),
        ("(?x) # a comment\n(?1)", 17, "(?1)"),
        ("(?x:a)#(?1)", 7, "(?1)"),
        ("(?-x)#(?1)", 6, "(?1)"),
    ]

    @Test("recursion and subroutine calls are found, with their offset", arguments: calls.indices)
    func finds(_ index: Int) throws {
        let (pattern, offset, text) = Self.calls[index]
        let call = try #require(PatternCallScanner.firstCall(in: pattern), "not found in \(pattern)")
        #expect(call.offset == offset)
        #expect(call.text == text)
    }

    /// Patterns without a call, some of them looking like one.
    static let clean: [String] = [
        "(?:a)", "(?=a)", "(?!a)", "(?<=a)", "(?<!a)", "(?<name>a)", "(?'name'a)", "(?P<name>a)(?P=name)", "(?|a|b)",
        "(?>a)",
        "(?i)a", "(?-i)a", "(?^)a", "(?i:a)", "(?s-i:a)", "(?#(?R))", "\\(?R\\)", "[(?R)]", "[]()?1]", "[^]()?1]",
        "[[:alpha:](?1)]",
        "\\Q(?R)\\E", "(?x) # (?R)\n a", "(?(1)a|b)", "(?(R)a|b)", "(?(R1)a)", "(?(<n>)a)", "(?(DEFINE)(?<n>a))",
        "(a)\\g1", "(a)\\g{-1}",
        "(?<n>a)\\g{n}", "(?<n>a)\\k<n>", "(*MARK:(?R))", "(*SKIP)(*FAIL)", "(*UTF)a", "\\x{28}?R)", "\\c(?1", "(?C1)a",
        "a{2}(?:b)",
        "{{rs-start}}red:(?:blink|solid):[^ ]*+(*COMMIT)(?: [^ ]++)*? ", "(?<![^ &])blue:blink:(?![^ &]*noblink)",
    ]

    @Test(
        "everything else is left alone: groups, conditions, options, references, escapes, classes, comments, verbs",
        arguments: clean)
    func leavesAlone(_ pattern: String) {
        #expect(PatternCallScanner.firstCall(in: pattern) == nil)
    }

    @Test("no built-in rule holds a call (the built-in catalog loads)")
    func builtinIsClean() throws {
        let catalog = try Catalog.builtin()
        for rule in catalog.rules {
            #expect(PatternCallScanner.firstCall(in: rule.resolvedPattern) == nil, "\(rule.id)")
        }
    }

    /// A catalog file with the built-in causes, and `fragments` and `rules` sections.
    static func file(fragments: String, pattern: String) -> CatalogFile {
        CatalogFile(
            name: "mine.yaml",
            text: """
                fragments:
                \(fragments)
                rules:
                  - id: recursive
                    cause: low-battery
                    pattern: '\(pattern)'
                    weight: 0.5
                    explanation: Recursion.
                    sources: [{ref: guide.txt, tier: guide}]
                    status: experimental
                    examples:
                      match: ["dev=? ctx=- : red:blink:_:_:_:_:_"]
                      no_match: ["dev=? ctx=- : blue:blink:_:_:_:_:_"]
                """)
    }

    @Test(
        "a call in a fragment is reported once, at the fragment, not again at each rule that uses it (directly or not)")
    func reportedOnceAtTheFragment() throws {
        let file = Self.file(fragments: "  inner: '(r(?1)?)'\n  outer: 'x{{inner}}'", pattern: "red:{{outer}}")
        let error = try #require(throws: CatalogError.self) { try CatalogLoader().load(Catalog.builtinFiles + [file]) }
        let problems = error.problems.filter { $0.location.file == "mine.yaml" }
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.location == CatalogLocation(file: "mine.yaml", line: 2, column: 3))
        #expect(
            problem.message.hasPrefix("fragment \"inner\": recursion and subroutine calls such as (?1) are not allowed")
        )
        // A caret under the call, in the fragment as written.
        #expect(problem.message.hasSuffix("\n    (r(?1)?)\n      ^"), "\(problem.message)")
    }

    @Test("a call in a rule's own pattern is reported at the pattern, with a caret")
    func reportedAtThePattern() throws {
        let file = Self.file(fragments: "  red: 'red:'", pattern: "{{red}}(blink(?-1)?)")
        let error = try #require(throws: CatalogError.self) { try CatalogLoader().load(Catalog.builtinFiles + [file]) }
        let problems = error.problems.filter { $0.location.file == "mine.yaml" }
        #expect(problems.map(\.location) == [CatalogLocation(file: "mine.yaml", line: 6, column: 14)])
        #expect(
            problems.first?.description.hasPrefix(
                "mine.yaml:6:14: error: rule \"recursive\": recursion and subroutine calls such as (?-1)") == true)
        #expect(
            problems.first?.message.hasSuffix("\n    {{red}}(blink(?-1)?)\n                 ^") == true, "\(problems)")
    }
}
