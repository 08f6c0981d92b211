import Foundation
import Testing

@testable import LEDBatch
@testable import LEDCore
@testable import LEDEngine
@testable import LEDInput
@testable import LEDSupport

/// `leddiag patterns lint` and `patterns test`: validation, warnings with their places, and the
/// commands' reports and exit statuses.
@Suite struct LintTests {
    /// A small catalog with one mistake of every kind the linter warns about.
    static let flawed = """
devices:
  - id: cam
    name: Test Cam
    aliases: ["Test Cam"]
    kind: battery-camera
    leds: [red, blue]
    power: aa-lithium
    reset: []
    sources: [{ref: "test", tier: guide}]
causes:
  - id: alpha
    title: Alpha
    meaning: "A."
    severity: fault
    fixes: [{fix: fix-a, probability: 0.9}]
    sources: [{ref: "test", tier: guide}]
  - id: beta
    title: Beta
    meaning: "B."
    severity: warning
    fixes: [{fix: fix-a, probability: 0.5}]
    sources: [{ref: "test", tier: guide}]
  - id: lonely
    title: Lonely
    meaning: "No rule points here."
    severity: warning
    fixes: []
    sources: [{ref: "test", tier: guide}]
fixes:
  - id: fix-a
    title: Fix A
    minutes: 2
    destructive: false
    steps: ["Do A."]
    sources: [{ref: "test", tier: guide}]
  - id: fix-unused
    title: Fix nobody names
    minutes: 2
    destructive: false
    steps: ["Do nothing."]
    sources: [{ref: "test", tier: guide}]
fragments:
  t-red: '(?<![^ &])red:blink:'
  t-unused: 'blue:solid:'
  t-inner: 'red'
  t-outer: '(?<![^ &]){{t-inner}}:blink:'
rules:
  - id: red-blink-alpha
    cause: alpha
    pattern: '{{t-red}}[^ ]*'
    weight: 0.6
    explanation: "Red blinking is alpha."
    sources: [{ref: "test", tier: guide}]
    status: stable
    examples:
      match:
        - {text: "blinking red"}
        - {text: "red x6 after blue"}
      no_match:
        - {text: "solid blue"}
  - id: red-blink-beta
    cause: beta
    pattern: '{{t-outer}}[^ ]*'
    weight: 0.5
    explanation: "Red blinking is beta too."
    sources: [{ref: "test", tier: guide}]
    status: stable
    examples:
      match:
        - {text: "blinking red"}
      no_match:
        - {text: "solid red"}
  - id: anything-broad
    cause: alpha
    pattern: ' : .*'
    weight: 0.3
    explanation: "Anything at all."
    sources: [{ref: "test", tier: guide}]
    status: stable
    examples:
      match:
        - {text: "solid green"}
        - {text: "blinking green"}
        - {text: "blinking blue"}
      no_match:
        - {text: "flashing red and blue"}
        - {text: "nothing happens"}
  - id: blue-stub
    cause: beta
    pattern: '(?<![^ &])blue:'
    weight: 0.5
    explanation: "Blue, somehow."
    sources: [{ref: "test", tier: guide}]
    status: stable
    examples:
      match:
        - {text: "solid blue for a minute"}
      no_match:
        - {text: "solid red"}
  - id: catastrophic
    cause: beta
    pattern: '^(?:[a-z0-9_:=.?/& -]+-?)*(?:!|@)$'
    weight: 0.5
    explanation: "Backtracks forever."
    sources: [{ref: "test", tier: guide}]
    status: stable
    examples:
      match:
        - {text: "solid red"}
      no_match:
        - {text: "solid blue"}
"""

    /// The 1-based line of the first line of `text` containing `needle`.
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    static func lintFlawed(budget: Double = 0.5) -> [CatalogLintFinding] {
        CatalogLinter(timeBudget: budget).lint([CatalogFile(name: "flawed.yaml", text: flawed)])
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
        #expect(finding.location.line == Self.line(of: testCase.at, in: Self.flawed))
        #expect(finding.message.contains(testCase.mentions), "\(finding.message)")
        #expect(finding.description.hasPrefix("flawed.yaml:\(finding.location.line):\(finding.location.column): warning: "))
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
        let broken = Self.flawed.replacingOccurrences(of: "'{{t-red}}[^ ]*'", with: "'{{t-rde}}[^ ]*'")
        let findings = CatalogLinter().lint([CatalogFile(name: "broken.yaml", text: broken)])
        #expect(!findings.isEmpty && findings.allSatisfy { $0.severity == .error && $0.check == .invalid })
        #expect(findings.contains { $0.message.contains("unknown fragment") && $0.location.line == Self.line(of: "{{t-rde}}", in: broken) })
    }

    @Test("the built-in catalog has no errors; its warnings are few and each names a place in Patterns/")
    func builtinCatalog() {
        let findings = CatalogLinter().lint(Catalog.builtinFiles)
        #expect(findings.allSatisfy { $0.severity == .warning && $0.location.file.hasPrefix("Patterns/") })
        #expect(!findings.contains { $0.check == .limit || $0.check == .broad || $0.check == .growth }, "\(findings.map(\.description))")
        #expect(findings.count < 12, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test("findings are reported only for the files asked about")
    func reportingOn() {
        let files = Catalog.builtinFiles + [CatalogFile(name: "mine/extra.yaml", text: """
            causes:
              - id: mine-unreached
                title: Mine
                meaning: "Nothing reaches it."
                severity: normal
                fixes: []
                sources: [{ref: "test", tier: guide}]
            """)]
        let findings = CatalogLinter().lint(files, reportingOn: ["mine/extra.yaml"])
        #expect(findings.map(\.check) == [.unreachedCause])
        #expect(findings.first?.location.line == 2)
    }
}

/// `leddiag patterns test|lint|list|show`, `devices` and `causes`, run as a person would.
@Suite struct LintCommandTests {
    /// A rule for the built-in catalog with one good and one deliberately wrong match example.
    static let rules = """
        # A rule of my own.
        rules:
          - id: my-purple-frozen
            cause: firmware-frozen
            pattern: '(?<![^ &])purple:blink:[^ ]*'
            weight: 0.9
            explanation: "A blinking purple light means the firmware is frozen (a test rule)."
            sources: [{ref: "test", tier: guide}]
            status: experimental
            examples:
              match:
                - {text: "blinking purple"}
                - {text: "solid purple"}
              no_match:
                - {text: "solid blue"}
        """

    private func folder(_ text: String) throws -> URL {
        let folder = try LEDDiagCLI.temporaryFolder()
        try text.write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("patterns test reports the wrong example's file:line and exits 1")
    func failingExample() throws {
        let dir = try folder(Self.rules)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try LEDDiagCLI.run(["patterns", "test", dir.path])
        #expect(result.status == 1)
        let file = dir.appendingPathComponent("rules.yaml").path
        let line = try #require(LintTests.line(of: "solid purple", in: Self.rules))
        #expect(result.stdout.contains("\(file):\(line):"), "\(result.stdout)")
        #expect(result.stdout.contains("error: rule \"my-purple-frozen\": example \"solid purple\" should rank \"firmware-frozen\" first"))
        #expect(result.stdout.contains("3 examples of 1 rule — 2 passed, 1 failed"))
        #expect(!result.stdout.contains("\(file):\(line - 1):"))
    }

    @Test("patterns test passes on the built-in catalog and on a correct folder")
    func passingExamples() throws {
        let builtin = try LEDDiagCLI.run(["patterns", "test"])
        #expect(builtin.status == 0)
        #expect(builtin.stdout.contains(" 0 failed"))
        let dir = try folder(Self.rules.replacingOccurrences(of: "        - {text: \"solid purple\"}\n", with: ""))
        defer { try? FileManager.default.removeItem(at: dir) }
        let own = try LEDDiagCLI.run(["patterns", "test", dir.path])
        #expect(own.status == 0, "\(own.stdout)")
        #expect(own.stdout.contains("2 examples of 1 rule — 2 passed, 0 failed"))
    }

    @Test("patterns test on a folder that does not load: the problem on stderr, exit 2")
    func unloadable() throws {
        let dir = try folder(Self.rules.replacingOccurrences(of: "cause: firmware-frozen", with: "cause: firmware-frozn"))
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try LEDDiagCLI.run(["patterns", "test", dir.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("rules.yaml:4:") && result.stderr.contains("did you mean \"firmware-frozen\""), "\(result.stderr)")
        let lint = try LEDDiagCLI.run(["patterns", "lint", dir.path])
        #expect(lint.status == 2)
        #expect(lint.stdout.contains("error: rule \"my-purple-frozen\" names unknown cause"))
    }

    @Test("patterns lint: warnings exit 0, or 1 with --strict; --disable leaves a check out")
    func lintCommand() throws {
        let dir = try LEDDiagCLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LintTests.flawed.write(to: dir.appendingPathComponent("catalog.yaml"), atomically: true, encoding: .utf8)
        let plain = try LEDDiagCLI.run(["patterns", "lint", "--no-builtin", dir.path])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("[unused-fix]") && plain.stdout.contains("patterns lint: 0 errors, 7 warnings"), "\(plain.stdout)")
        let strict = try LEDDiagCLI.run(["patterns", "lint", "--no-builtin", "--strict", dir.path])
        #expect(strict.status == 1)
        let fewer = try LEDDiagCLI.run(["patterns", "lint", "--no-builtin", "--disable", "overlap", "--disable", "limit", dir.path])
        #expect(!fewer.stdout.contains("[overlap]") && fewer.stdout.contains("5 warnings"))
        let wrong = try LEDDiagCLI.run(["patterns", "lint", "--disable", "nonsense"])
        #expect(wrong.status == 2 && wrong.stderr.contains("no such check"))
    }

    @Test("patterns list filters by device and cause; show prints a rule with its examples checked")
    func listAndShow() throws {
        let mini = try LEDDiagCLI.run(["patterns", "list", "--device", "Blink Mini"])
        #expect(mini.status == 0)
        #expect(mini.stdout.hasPrefix("RULE"))
        #expect(!mini.stdout.contains("low-battery-red-after-recording-light"))
        #expect(mini.stdout.contains("network-offline-red-flashing "))
        let battery = try LEDDiagCLI.run(["patterns", "list", "--cause", "low-battery"])
        let rows = battery.stdout.split(separator: "\n").dropFirst().dropLast()
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(" low-battery ") })
        let show = try LEDDiagCLI.run(["patterns", "show", "low-battery-red-after-recording-light"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("cause        low-battery — The batteries are low"))
        #expect(show.stdout.contains("✓ red x6 after blue  [outdoor-4]"))
        let missing = try LEDDiagCLI.run(["patterns", "show", "low-battery"])
        #expect(missing.status == 2 && missing.stderr.contains("did you mean"))
    }

    @Test("devices lists ids, names and aliases; causes lists severities and fixes")
    func devicesAndCauses() throws {
        let devices = try LEDDiagCLI.run(["devices"])
        #expect(devices.status == 0)
        #expect(devices.stdout.contains("outdoor-4") && devices.stdout.contains("Outdoor4") && devices.stdout.contains("Also known as"))
        let json = try LEDDiagCLI.run(["devices", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 13 && list.contains { $0["id"] as? String == "mini" })
        let faults = try LEDDiagCLI.run(["causes", "--severity", "fault"])
        #expect(faults.status == 0 && faults.stdout.contains("network-offline") && !faults.stdout.contains("motion-detected"))
    }
}
