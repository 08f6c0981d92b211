import Foundation
import TestSupport
import Testing

@testable import LEDEngine

/// `leddiag patterns lint` and `patterns test`: validation, warnings with their places, and the
/// commands' reports and exit statuses.
@Suite struct LintTests {
    /// A small catalog with one mistake of every kind the linter warns about.

    /// The 1-based line of the first line of `text` containing `needle`.

    static func lintFlawed(budget: Double = 0.5) -> [CatalogLintFinding] {
        CatalogLinter(timeBudget: budget).lint([CatalogFile(name: "flawed.yaml", text: LintFixtures.flawed)])
    }

    /// A check, and the definition its warning must point at.
    struct WarningCase: Sendable, CustomTestStringConvertible {
        var check: CatalogLintFinding.Check
        var at: String
        var mentions: String
        var testDescription: String { "\(check.rawValue) at \(at)" }
    }

    static let warningCases = [
        WarningCase(check: .unreachedCause, at: "- id: lonely", mentions: "cause \"lonely\""),
        WarningCase(check: .unusedFix, at: "- id: fix-unused", mentions: "fix \"fix-unused\""),
        WarningCase(
            check: .unsourcedDifference, at: "- id: fix-a", mentions: "fix \"fix-a\": step 2 of its steps says"),
        WarningCase(check: .unusedFragment, at: "t-unused:", mentions: "fragment \"t-unused\""),
        WarningCase(check: .overlap, at: "- id: red-blink-beta", mentions: "rule \"red-blink-alpha\""),
        WarningCase(check: .broad, at: "- id: anything-broad", mentions: "10 of the catalog's 10"),
        WarningCase(check: .unspecific, at: "- id: blue-stub", mentions: "at most 20%"),
        WarningCase(check: .limit, at: "- id: catastrophic", mentions: "match limit exceeded"),
    ]

    @Test("each kind of mistake is a warning at the line that defines it", arguments: warningCases)
    func warningAtItsLine(_ testCase: WarningCase) throws {
        let findings = Self.lintFlawed().filter { $0.check == testCase.check }
        #expect(findings.count == 1, "\(findings)")
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.location.file == "flawed.yaml")
        #expect(finding.location.line == LintFixtures.line(of: testCase.at, in: LintFixtures.flawed))
        #expect(finding.message.contains(testCase.mentions), "\(finding.message)")
        #expect(
            finding.description.hasPrefix("flawed.yaml:\(finding.location.line):\(finding.location.column): warning: "))
        #expect(finding.description.hasSuffix("[\(testCase.check.rawValue)]"))
    }

    @Test("a fragment used only through another fragment counts as used")
    func transitiveFragments() {
        let unused = Self.lintFlawed().filter { $0.check == .unusedFragment }.map(\.message)
        #expect(unused == ["fragment \"t-unused\" is not used by any rule"])
    }

    @Test("a pattern over the time budget is slow; within it, not")
    func timeBudget() {
        let tight = Self.lintFlawed(budget: 1e-12).filter { $0.check == .slow }
        #expect(tight.count >= 4)
        #expect(tight.allSatisfy { $0.message.contains("over the budget") })
        #expect(Self.lintFlawed(budget: 10).filter { $0.check == .slow }.isEmpty)
    }

    @Test("a catalog that does not load gives errors only, with their places")
    func loadErrors() throws {
        let broken = LintFixtures.flawed.replacingOccurrences(of: "'{{t-red}}[^ ]*'", with: "'{{t-rde}}[^ ]*'")
        let findings = CatalogLinter().lint([CatalogFile(name: "broken.yaml", text: broken)])
        #expect(!findings.isEmpty && findings.allSatisfy { $0.severity == .error && $0.check == .invalid })
        #expect(
            findings.contains {
                $0.message.contains("unknown fragment")
                    && $0.location.line == LintFixtures.line(of: "{{t-rde}}", in: broken)
            })
    }

    @Test("the built-in catalog has no errors; its warnings are few and each names a place in Patterns/")
    func builtinCatalog() {
        let findings = CatalogLinter().lint(Catalog.builtinFiles)
        #expect(findings.allSatisfy { $0.severity == .warning && $0.location.file.hasPrefix("Patterns/") })
        #expect(
            !findings.contains { $0.check == .limit || $0.check == .broad || $0.check == .growth },
            "\(findings.map(\.description))")
        #expect(findings.count < 12, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test("findings are reported only for the files asked about")
    func reportingOn() {
        let files =
            Catalog.builtinFiles + [
                CatalogFile(
                    name: "mine/extra.yaml",
                    text: """
                        causes:
                          - id: mine-unreached
                            title: Mine
                            meaning: "Nothing reaches it."
                            severity: normal
                            fixes: []
                            sources: [{ref: "test", tier: guide}]
                        """)
            ]
        let findings = CatalogLinter().lint(files, reportingOn: ["mine/extra.yaml"])
        #expect(findings.map(\.check) == [.unreachedCause])
        #expect(findings.first?.location.line == 2)
    }
}
