import Foundation
import TestSupport
import Testing

@testable import LEDEngine

@Suite("Catalog loading and validation")
struct CatalogLoaderTests {
    /// A small valid catalog in three files, edited by each test to break one thing.
    static let causesAndFixes = """
        causes:
          - id: low-battery
            title: Low battery
            meaning: The batteries are low.
            severity: warning
            fixes: [{fix: replace-batteries, probability: 0.9}]
            sources: [{ref: guide.txt, tier: guide}]
        fixes:
          - id: replace-batteries
            title: Replace the batteries
            minutes: 5
            destructive: false
            steps: ["Put in two new AA lithium batteries."]
            sources: [{ref: guide.txt, tier: guide}]
        """
    static let rules = """
        fragments:
          recording: 'blue:solid:\\S*'
        rules:
          - id: battery-burst
            cause: low-battery
            pattern: '{{recording}} red:blink:[56]:'
            devices: [cam]
            weight: 0.9
            explanation: Red flashes after recording mean low batteries.
            sources: [{ref: guide.txt, tier: guide}]
            status: stable
            examples:
              match: [{text: "dev=cam ctx=- : blue:solid red:blink:6"}]
              no_match: [{text: "dev=cam ctx=- : red:blink:6"}]
        """

    static func load(
        devices: String = CatalogFixtures.testCamera, causes: String = causesAndFixes, rules: String = rules
    ) throws(CatalogError) -> Catalog {
        try CatalogLoader().load([
            CatalogFile(name: "devices.yaml", text: devices),
            CatalogFile(name: "causes.yaml", text: causes),
            CatalogFile(name: "rules.yaml", text: rules),
        ])
    }

    @Test("a valid catalog loads, with fragments resolved")
    func valid() throws {
        let catalog = try Self.load()
        #expect(catalog.rules.count == 1)
        #expect(catalog.rules.first?.resolvedPattern == "(?:blue:solid:\\S*) red:blink:[56]:")
        #expect(catalog.device("cam")?.reset.first?.holdSeconds == 5...10)
        #expect(catalog.deviceAliases["Test Cam"] == "cam")
    }

    struct Breakage: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var replace: String
        var with: String
        var location: String
        var message: String
        var testDescription: String { name }
    }

    static let breakages: [Breakage] = [
        Breakage(
            name: "invalid regex", file: "rules", replace: "red:blink:[56]:", with: "red:blink:[56:",
            location: "rules.yaml:6:14", message: "missing terminating ] for character class"),
        Breakage(
            name: "unknown cause", file: "rules", replace: "cause: low-battery", with: "cause: low-batery",
            location: "rules.yaml:5:12", message: "unknown cause \"low-batery\"; did you mean \"low-battery\"?"),
        Breakage(
            name: "unknown device", file: "rules", replace: "devices: [cam]", with: "devices: [camera]",
            location: "rules.yaml:7:14", message: "unknown device \"camera\""),
        Breakage(
            name: "unknown fragment", file: "rules", replace: "{{recording}}", with: "{{recordin}}",
            location: "rules.yaml:6:14", message: "unknown fragment \"{{recordin}}\""),
        Breakage(
            name: "fragment cycle", file: "rules", replace: "recording: 'blue:solid:\\S*'",
            with: "recording: '{{light}}'\n  light: '{{recording}}'", location: "rules.yaml:2:3", message: "cycle"),
        Breakage(
            name: "unknown fix", file: "causes", replace: "fix: replace-batteries,", with: "fix: replace-battery,",
            location: "causes.yaml:2:5", message: "unknown fix \"replace-battery\""),
        Breakage(
            name: "rule without examples", file: "rules",
            replace: "      no_match: [{text: \"dev=cam ctx=- : red:blink:6\"}]", with: "", location: "rules.yaml:4:5",
            message: "needs examples"),
        Breakage(
            name: "bad severity", file: "causes", replace: "severity: warning", with: "severity: bad",
            location: "causes.yaml:5:15", message: "unknown severity \"bad\""),
        Breakage(
            name: "unknown key", file: "devices", replace: "    power: aa-lithium",
            with: "    power: aa-lithium\n    colour: red", location: "devices.yaml:8:5",
            message: "unknown key \"colour\""),
        Breakage(
            name: "weight out of range", file: "rules", replace: "weight: 0.9", with: "weight: 1.5",
            location: "rules.yaml:8:13", message: "\"weight\" must be between 0.0 and 1.0"),
        Breakage(
            name: "invalid YAML", file: "devices", replace: "name: Test Camera", with: "name: [Test Camera",
            location: "devices.yaml:4", message: "invalid YAML"),
        Breakage(
            name: "recursion in a rule pattern", file: "rules", replace: "red:blink:[56]:", with: "(red:blink:(?1)?)",
            location: "rules.yaml:6:14", message: "recursion and subroutine calls such as (?1) are not allowed"),
        Breakage(
            name: "subroutine call in a fragment", file: "rules", replace: "recording: 'blue:solid:\\S*'",
            with: "recording: '(?<r>blue:solid:)\\g<r>'", location: "rules.yaml:2:3",
            message: "fragment \"recording\": recursion and subroutine calls such as \\g<r>"),
        Breakage(
            name: "missing sources", file: "causes", replace: "    sources: [{ref: guide.txt, tier: guide}]\nfixes:",
            with: "fixes:", location: "causes.yaml:2:5", message: "must cite its sources"),
    ]

    @Test("a broken catalog fails as a whole with file:line:column", arguments: breakages)
    func broken(_ breakage: Breakage) throws {
        var devices = CatalogFixtures.testCamera
        var causes = Self.causesAndFixes
        var rules = Self.rules
        switch breakage.file {
        case "devices": devices = devices.replacingOccurrences(breakage.replace, with: breakage.with)
        case "causes": causes = causes.replacingOccurrences(breakage.replace, with: breakage.with)
        default: rules = rules.replacingOccurrences(breakage.replace, with: breakage.with)
        }
        let error = try #require(throws: CatalogError.self) {
            try Self.load(devices: devices, causes: causes, rules: rules)
        }
        let problem = try #require(error.problems.first { $0.message.contains(breakage.message) }, "problems: \(error)")
        #expect(problem.location.description.hasPrefix(breakage.location), "\(problem)")
    }

    @Test("duplicate ids across files are reported at the second definition")
    func duplicates() throws {
        let error = try #require(throws: CatalogError.self) {
            try CatalogLoader().load([
                CatalogFile(name: "a.yaml", text: CatalogFixtures.testCamera),
                CatalogFile(name: "b.yaml", text: CatalogFixtures.testCamera),
                CatalogFile(name: "causes.yaml", text: Self.causesAndFixes),
                CatalogFile(name: "rules.yaml", text: Self.rules),
            ])
        }
        #expect(
            error.problems.map(\.description) == [
                "b.yaml:2:5: error: duplicate device id \"cam\" (first defined at a.yaml:2:5)"
            ])
    }

    @Test("the built-in catalog loads")
    func builtin() throws {
        let catalog = try Catalog.builtin()
        #expect(catalog.rules.count >= 20)
        let ids = Set(catalog.devices.map(\.id))
        for id in [
            "mini", "mini-2", "mini-2k-plus", "indoor", "outdoor", "outdoor-4", "xt", "xt2", "doorbell", "sync-module",
            "sync-module-2", "sync-module-xr",
        ] {
            #expect(ids.contains(id), "missing device \(id)")
        }
        let causes = Set(catalog.causes.map(\.id))
        for id in [
            "low-battery", "motion-detected", "recording", "network-offline", "wifi-band-mismatch", "wifi-password",
            "setup-in-progress",
            "setup-failed", "firmware-frozen", "pairing-mode", "reset-in-progress", "reset-not-triggered",
            "button-pressed",
            "sync-module-offline", "sync-module-ready", "sync-module-rebooting", "sync-module-starting", "online",
        ] {
            #expect(causes.contains(id), "missing cause \(id)")
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
        precondition(contains(target), "test fixture does not contain \(target)")
        return components(separatedBy: target).joined(separator: replacement)
    }
}
