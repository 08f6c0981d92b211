import CatalogSyntax
import Foundation
import TestSupport
import Testing

@testable import LEDEngine

/// Catalog files written to exhaust memory (#16, items 6 and 7): a YAML alias bomb and a fragment bomb.
/// Before the limits, the 7-level alias bomb took 3 s and 465 MB (9 levels: gigabytes, then a crash)
/// and the 7-level fragment bomb a 10 MB pattern (9 levels: 11 GB); now each fails at once with a
/// problem at the alias or fragment that crosses the limit (`docs/reliability.md`, guarantee 6).
@Suite("Catalog bombs")
struct CatalogBombTests {
    /// `a0: &a0 lol`, then `levels` lines `aN: &aN [*aN-1 × 9]`: 9^levels copies of `lol`.
    static func aliasBomb(levels: Int) -> String {
        var lines = ["a0: &a0 lol"]
        for level in 1...levels {
            let items = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(items)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `fragments:` with `f0: "a"` and `levels` fragments of ten references each to the one before:
    /// `f<levels>` expands to more than 10^levels bytes. With `rule`, a rule uses the last one.
    static func fragmentBomb(levels: Int, rule: Bool) -> String {
        var lines = ["fragments:", "  f0: \"a\""]
        for level in 1...levels {
            lines.append("  f\(level): \"\(String(repeating: "{{f\(level - 1)}}", count: 10))\"")
        }
        if rule { lines += ["rules:", Self.rule(id: "bomb", pattern: "{{f\(levels)}}")] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One rule for `low-battery` (`CatalogLoaderTests.causesAndFixes`) as a list item of `rules:`.
    static func rule(id: String, pattern: String) -> String {
        "  - {id: \(id), cause: low-battery, pattern: '\(pattern)', weight: 0.5, explanation: x, "
            + "sources: [{ref: guide.txt, tier: guide}], status: stable, "
            + "examples: {match: [red x6], no_match: [solid blue]}}"
    }

    /// The test camera, its causes and fixes, and `text` as `bomb.yaml`.
    static func files(_ text: String) -> [CatalogFile] {
        [
            CatalogFile(name: "devices.yaml", text: CatalogFixtures.testCamera),
            CatalogFile(name: "causes.yaml", text: CatalogLoaderTests.causesAndFixes),
            CatalogFile(name: "bomb.yaml", text: text),
        ]
    }

    /// Loads ``files(_:)`` as the command line does (the standard limits).
    static func load(_ text: String) throws(CatalogError) -> Catalog {
        try CatalogLoader(jit: false).load(files(text))
    }

    /// Loads ``files(_:)`` with limits of one's own.
    static func load(_ text: String, limits: CatalogLimits) throws(CatalogError) -> Catalog {
        try CatalogLoader(jit: false, limits: limits).load(files(text))
    }

    @Test("an alias bomb fails at the alias that crosses the node limit", arguments: [7, 9])
    func aliasBomb(levels: Int) throws {
        let started = ContinuousClock.now
        let error = try #require(throws: CatalogError.self) { try Self.load(Self.aliasBomb(levels: levels)) }
        // a0…a5 and their keys are 74 740 nodes; a6's list and the first two copies of a5 (66 430 nodes
        // each) bring that to 207 602; the third copy, at column 20, crosses 250 000.
        #expect(
            error.problems.map(\.description) == [
                "bomb.yaml:7:20: error: alias *a5 makes the file's tree larger than 250000 nodes, the limit for one "
                    + "file (each alias is a copy of what its anchor names, and this one holds 66430 nodes)"
            ])
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test("a mapping key that stands for a list or a mapping is refused before it is hashed")
    func aliasAsKey() throws {
        let text = Self.aliasBomb(levels: 4) + "k: {? *a4 : 1}\n"
        let error = try #require(throws: CatalogError.self) { try Self.load(text) }
        #expect(
            error.problems.map(\.description) == [
                "bomb.yaml:6:7: error: a mapping key must be a name, not a list or a mapping (or an alias of one)"
            ])
    }

    @Test("a fragment bomb a rule uses fails at the first fragment over 64 KiB, with the chain", arguments: [7, 9])
    func fragmentBomb(levels: Int) throws {
        let started = ContinuousClock.now
        let error = try #require(throws: CatalogError.self) {
            try Self.load(Self.fragmentBomb(levels: levels, rule: true))
        }
        // f1 is 50 bytes expanded, f2 540, f3 5 440, f4 54 440, f5 544 440: the first over 65 536.
        let chain = (5...levels).reversed().map { "f\($0)" }.joined(separator: " → ")
        #expect(
            error.problems.map(\.description) == [
                "bomb.yaml:7:3: error: fragment \"f5\" expands to 544440 bytes, over the limit of 65536 for an "
                    + "expanded fragment or pattern (used as rule \"bomb\" → \(chain))"
            ])
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test("a fragment bomb no pattern uses is never expanded, and the catalog loads")
    func unusedFragmentBomb() throws {
        let started = ContinuousClock.now
        let catalog = try Self.load(Self.fragmentBomb(levels: 9, rule: false))
        #expect(catalog.fragments.isEmpty)
        #expect(catalog.fragmentLocations.count == 10)
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test("a light question that uses a fragment bomb fails the same way")
    func lightQuestionUsesTheBomb() throws {
        let text =
            Self.fragmentBomb(levels: 6, rule: false) + """
                light_questions:
                  - id: q
                    question: Is it red?
                    when: '{{f6}}'
                    answers: [{id: "yes", says: "yes"}, {id: "no", says: "no"}]
                    sources: [{ref: guide.txt, tier: guide}]
                """
        let error = try #require(throws: CatalogError.self) { try Self.load(text) }
        let problem = try #require(error.problems.first { $0.message.contains("f5") }, "\(error)")
        #expect(problem.location.description == "bomb.yaml:7:3")
        #expect(problem.message.hasSuffix("(used as light question \"q\" → f6 → f5)"))
    }

    @Test("the built-in catalog is far below every limit")
    func builtinIsFarBelow() throws {
        var largestFile = 0
        for file in Catalog.builtinFiles {
            let root = try #require(try CatalogNode.parse(yaml: file.text), "\(file.name)")
            largestFile = max(largestFile, CatalogLimitTests.count(root))
        }
        #expect(largestFile * 100 < CatalogLimits.standard.yaml.maximumNodes, "\(largestFile) nodes")
        let catalog = try Catalog.builtin()
        let patterns = catalog.rules.map(\.resolvedPattern.utf8.count)
        #expect((patterns.max() ?? 0) * 50 < CatalogLimits.standard.patternBytes)
        #expect(patterns.reduce(0, +) * 50 < CatalogLimits.standard.totalPatternBytes)
    }
}
