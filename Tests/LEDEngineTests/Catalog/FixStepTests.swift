import Foundation
import TestSupport
import Testing

@testable import LEDEngine

/// A fix step is one instruction: text where the sources agree, `{do, differ}` where they disagree.
@Suite struct FixStepTests {
    static func catalog(steps: String, deviceSteps: String = "") throws(CatalogError) -> Catalog {
        try CatalogLoader().load([
            CatalogFile(name: "devices.yaml", text: CatalogFixtures.testCamera),
            CatalogFile(
                name: "fixes.yaml",
                text: """
                    fixes:
                      - id: hold
                        title: Hold the button
                        minutes: 2
                        destructive: false
                        steps:
                    \(steps)
                    \(deviceSteps)
                        sources:
                          - {ref: "000_guide.txt", tier: guide}
                          - {ref: "https://example.com/chart", tier: official}
                    """),
        ])
    }

    @Test("a step is text or {do, differ}; the plan carries each step in full, the owner reads the instruction")
    func readsBothForms() throws {
        let catalog = try Self.catalog(
            steps: """
                      - "Find the button."
                      - do: "Hold it for 15 seconds."
                        differ: "Hold it: 5 seconds (Blink's chart) or 10 to 15 seconds (000)."
                      - {do: "Release it."}
                """,
            deviceSteps: """
                    device_steps:
                      cam:
                        - {do: "Wait 30 seconds.", differ: "Wait 10 (000, step 1) or 30 seconds (000)."}
                """)
        let fix = try #require(catalog.fix("hold"))
        #expect(
            fix.steps == [
                FixStep("Find the button."),
                FixStep(
                    "Hold it for 15 seconds.",
                    sourcesDiffer: "Hold it: 5 seconds (Blink's chart) or 10 to 15 seconds (000)."),
                FixStep("Release it."),
            ])
        #expect(
            fix.steps(for: nil) == [
                "Find the button.", "Hold it: 5 seconds (Blink's chart) or 10 to 15 seconds (000).", "Release it.",
            ])
        #expect(fix.fixSteps(for: "cam").map(\.instruction) == ["Wait 30 seconds."])
        #expect(fix.steps(for: "cam") == ["Wait 10 (000, step 1) or 30 seconds (000)."])
        #expect(fix.steps(for: "other") == fix.steps(for: nil))
    }

    struct Breakage: Sendable, CustomTestStringConvertible {
        var steps: String
        var message: String
        var testDescription: String { message }
    }

    static let breakages = [
        Breakage(steps: "      - {do: \"Hold it.\", dif: \"5 s (000)\"}", message: "unknown key \"dif\""),
        Breakage(steps: "      - {differ: \"5 s (000)\"}", message: "is missing \"do\""),
        Breakage(steps: "      - [\"Hold it.\"]", message: "is text or a mapping {do, differ}"),
        Breakage(steps: "      - {do: \" \"}", message: "\"do\" of a step of \"steps\" of fix \"hold\" is empty"),
        Breakage(steps: "      []", message: "fix \"hold\" needs at least one step"),
    ]

    @Test("a malformed step is a problem at its place", arguments: breakages)
    func malformed(_ breakage: Breakage) throws {
        let error = try #require(throws: CatalogError.self) { try Self.catalog(steps: breakage.steps) }
        let problem = try #require(error.problems.first { $0.message.contains(breakage.message) }, "\(error)")
        #expect(problem.location.file == "fixes.yaml" && problem.location.line >= 6, "\(problem)")
    }

    @Test("a knowledge file is cited by its label; a URL has none")
    func labels() {
        #expect(SourceReference(ref: "000_e12193bceaff6577.txt", tier: .guide).label == "000")
        #expect(SourceReference(ref: "official-led-charts.md", tier: .guide).label == "official-led-charts")
        #expect(SourceReference(ref: "https://support.blinkforhome.com/x_y.html", tier: .official).label == nil)
        #expect(SourceReference(ref: "notes", tier: .guide).label == nil)
        #expect(CatalogLinter.cites("10 seconds (000, step 1)", "000"))
        #expect(!CatalogLinter.cites("hold 10000 ms", "000") && !CatalogLinter.cites("a0001", "000"))
    }

    /// Words that give more than one reading: what a `differ` says, never an instruction.
    static let readingsMarkers = [
        "disagree", "another passage", "passage of", "one guide", "the other (", "gives both", "(000,", "(000;",
    ]

    @Test("the built-in catalog: each instruction is one reading, and each step with readings names its sources")
    func builtinSteps() throws {
        let catalog = try Catalog.builtin()
        var differing = 0
        for fix in catalog.fixes {
            for steps in [fix.steps] + fix.deviceSteps.values {
                for step in steps {
                    for marker in Self.readingsMarkers {
                        #expect(!step.instruction.contains(marker), "\(fix.id): \(step.instruction)")
                    }
                    #expect(
                        !(step.instruction.contains("(000") && step.instruction.contains("(001")),
                        "\(fix.id): \(step.instruction)")
                    guard let differ = step.sourcesDiffer else { continue }
                    differing += 1
                    #expect(differ != step.instruction, "\(fix.id): a differ note that says nothing more")
                }
            }
        }
        #expect(differing >= 25)
        let unsourced = CatalogLinter().lint(Catalog.builtinFiles).filter { $0.check == .unsourcedDifference }
        #expect(unsourced.isEmpty, "\(unsourced.map(\.description))")
    }
}
