import Foundation
import TestSupport
import Testing

@testable import LEDEngine

/// `patterns lint`'s `reads-header` check: a rule read as header-blind (``HeaderBlindness``) whose
/// examples change outcome when other contexts are stated is an error at its definition; a rule that
/// anchors on the header, or one that matches event tokens only, is not.
@Suite struct HeaderLintTests {
    static let rules = """
        rules:
          - id: header-by-accident
            cause: alpha
            pattern: '=setup : red:solid:'
            weight: 0.5
            status: stable
            explanation: Reads the header without saying so.
            sources: [{ref: "test", tier: guide}]
            examples:
              match: [{text: "dev=cam ctx=setup : red:solid:_:_:_:_:_"}]
              no_match: [{text: "dev=cam ctx=- : red:solid:_:_:_:_:_"}]
          - id: header-anchored
            cause: alpha
            pattern: '^dev=\\S+ ctx=setup : red:solid:'
            weight: 0.5
            status: stable
            explanation: Reads the header and says so.
            sources: [{ref: "test", tier: guide}]
            examples:
              match: [{text: "dev=cam ctx=setup : red:solid:_:_:_:_:_"}]
              no_match: [{text: "dev=cam ctx=- : red:solid:_:_:_:_:_"}]
          - id: events-only
            cause: beta
            pattern: '(?<![^ &])red:solid:[^ ]*'
            contexts: {required: [setup]}
            weight: 0.5
            status: stable
            explanation: Reads the events only.
            sources: [{ref: "test", tier: guide}]
            examples:
              match: [{text: "dev=cam ctx=setup : red:solid:_:_:_:_:_"}]
              no_match: [{text: "dev=cam ctx=setup : blue:solid:_:_:_:_:_"}]

        """

    @Test("only the unanchored rule that reads the header is reported, as an error at its definition")
    func reportsTheAccident() throws {
        let findings = CatalogLinter(timeBudget: 0.5).lint([
            CatalogFile(name: "flawed.yaml", text: LintFixtures.flawed),
            CatalogFile(name: "header.yaml", text: Self.rules),
        ]).filter { $0.check == .readsHeader }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("rule \"header-by-accident\""))
        #expect(finding.message.contains("stops matching"))
        #expect(finding.location.file == "header.yaml")
        #expect(finding.location.line == 2)
    }
}
