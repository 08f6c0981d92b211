import Foundation
import TestSupport
import Testing

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
        let folder = try TestPaths.temporaryFolder()
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
        let line = try #require(LintFixtures.line(of: "solid purple", in: Self.rules))
        #expect(result.stdout.contains("\(file):\(line):"), "\(result.stdout)")
        #expect(
            result.stdout.contains(
                "error: rule \"my-purple-frozen\": example \"solid purple\" should rank \"firmware-frozen\" first"))
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
        let dir = try folder(
            Self.rules.replacingOccurrences(of: "cause: firmware-frozen", with: "cause: firmware-frozn"))
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try LEDDiagCLI.run(["patterns", "test", dir.path])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("rules.yaml:4:") && result.stderr.contains("did you mean \"firmware-frozen\""),
            "\(result.stderr)")
        let lint = try LEDDiagCLI.run(["patterns", "lint", dir.path])
        #expect(lint.status == 2)
        #expect(lint.stdout.contains("error: rule \"my-purple-frozen\" names unknown cause"))
    }

    @Test("patterns lint: warnings exit 0, or 1 with --strict; --disable leaves a check out")
    func lintCommand() throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try LintFixtures.flawed.write(to: dir.appendingPathComponent("catalog.yaml"), atomically: true, encoding: .utf8)
        let plain = try LEDDiagCLI.run(["patterns", "lint", "--no-builtin", dir.path])
        #expect(plain.status == 0)
        #expect(
            plain.stdout.contains("[unused-fix]") && plain.stdout.contains("[always-run]")
                && plain.stdout.contains("patterns lint: 0 errors, 9 warnings"),
            "\(plain.stdout)")
        let strict = try LEDDiagCLI.run(["patterns", "lint", "--no-builtin", "--strict", dir.path])
        #expect(strict.status == 1)
        let fewer = try LEDDiagCLI.run([
            "patterns", "lint", "--no-builtin", "--disable", "overlap", "--disable", "limit", dir.path,
        ])
        #expect(!fewer.stdout.contains("[overlap]") && fewer.stdout.contains("7 warnings"))
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
        #expect(
            devices.stdout.contains("outdoor-4") && devices.stdout.contains("Outdoor4")
                && devices.stdout.contains("Also known as"))
        let json = try LEDDiagCLI.run(["devices", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 13 && list.contains { $0["id"] as? String == "mini" })
        let faults = try LEDDiagCLI.run(["causes", "--severity", "fault"])
        #expect(
            faults.status == 0 && faults.stdout.contains("network-offline")
                && !faults.stdout.contains("motion-detected"))
    }
}
