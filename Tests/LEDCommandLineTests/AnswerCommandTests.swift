import Foundation
import TestSupport
import Testing

/// `diagnose --yes/--no/--tried` and the guided session's walkthrough, as a program.
@Suite struct AnswerCommandTests {
    @Test("--yes recording makes six red blinks low battery; --no leaves it behind; JSON records the answers")
    func answersOnTheCommandLine() throws {
        let yes = try topCause(["--device", "outdoor-4", "--yes", "recording", "six red blinks"])
        #expect(yes == "low-battery")
        let no = try topCause(
            ["--device", "outdoor-4", "--no", "recording", "--no", "motion", "--no", "setup", "six red blinks"])
        #expect(no != nil && no != "low-battery")
        let json = try LEDDiagCLI.run(
            [
                "diagnose", "--format", "json", "--device", "outdoor-4", "--tried", "replace-batteries", "--no",
                "setup", "red x6 after blue",
            ])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let answers = try #require(object["answers"] as? [String: Any])
        #expect(answers["tried"] as? [String] == ["replace-batteries"])
        #expect(answers["no"] as? [String] == ["setup"])
        let causes = try #require(object["causes"] as? [[String: Any]])
        #expect(causes.first?["id"] as? String != "low-battery")
    }

    @Test("--light question=answer refines the observation; JSON gives the question's kind, id and choices")
    func lightOnTheCommandLine() throws {
        let asked = try LEDDiagCLI.run(["diagnose", "--format", "json", "--device", "sync-module-2", "solid blue"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(asked.stdout.utf8)) as? [String: Any])
        let question = try #require(object["question"] as? [String: Any])
        #expect(question["kind"] as? String == "light")
        #expect(question["id"] as? String == "sync-module-green")
        #expect(
            (question["choices"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [
                "solid", "blinking", "off",
            ])
        #expect(question["context"] is NSNull)
        let answered = try topCause(["--device", "sync-module-2", "--light", "sync-module-green=solid", "solid blue"])
        #expect(answered == "online")
        let bad = try LEDDiagCLI.run(["diagnose", "--light", "sync-module-gren=off", "solid blue"])
        #expect(bad.status == 2)
        #expect(
            bad.stderr.contains(
                "unknown question about the light \"sync-module-gren\"; did you mean \"sync-module-green\"?"))
        #expect(bad.stderr.contains("the questions are: red-flash-count, blue-before-red"))
        let answer = try LEDDiagCLI.run(["diagnose", "--light", "sync-module-green=of", "solid blue"])
        #expect(answer.status == 2 && answer.stderr.contains("its answers are: solid, blinking, off"))
        let shape = try LEDDiagCLI.run(["diagnose", "--light", "sync-module-green", "solid blue"])
        #expect(shape.status == 2 && shape.stderr.contains("(write --light question=answer)"))
    }

    @Test("the guided session offers a question about the light as numbered answers; 'y' and 'n' answer a yes/no one")
    func lightInTheGuidedSession() throws {
        let numbered = try LEDDiagCLI.run(["interactive"], input: "sync-module-2\nsolid blue\n2\nn\n")
        #expect(numbered.stdout.contains("What is the green light doing at the same time?"))
        #expect(numbered.stdout.contains("    2  it is blinking"))
        #expect(numbered.stdout.contains("Noted: it is blinking. The ranking changes:"))
        #expect(numbered.stdout.contains("What it is: The Sync Module is offline"))
        let yes = try LEDDiagCLI.run(["interactive"], input: "mini\nblinking red during setup\ny\nn\n")
        #expect(yes.stdout.contains("Noted: yes, more than two minutes. The ranking changes:"))
        let nonsense = try LEDDiagCLI.run(["interactive"], input: "sync-module-2\nsolid blue\npurple\nskip\n")
        #expect(nonsense.stdout.contains("Please answer with a number from 1-3, or skip"))
        #expect(nonsense.stdout.contains("Skipped; the ranking stays."))
    }

    private func topCause(_ arguments: [String]) throws -> String? {
        let result = try LEDDiagCLI.run(["diagnose", "--format", "json"] + arguments)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (object["causes"] as? [[String: Any]])?.first?["id"] as? String
    }

    @Test("unknown ids and contradictions are usage errors that list the valid ids")
    func badAnswers() throws {
        let context = try LEDDiagCLI.run(["diagnose", "--yes", "recordin", "blinking red"])
        #expect(context.status == 2)
        #expect(context.stderr.contains("unknown context \"recordin\"; did you mean \"recording\"?"))
        #expect(context.stderr.contains("the contexts are: setup, after-reset"))
        let fix = try LEDDiagCLI.run(["diagnose", "--tried", "power-cycel", "blinking red"])
        #expect(fix.status == 2 && fix.stderr.contains("did you mean \"power-cycle\"? the fixes are: add-in-app"))
        let both = try LEDDiagCLI.run(["diagnose", "--yes", "setup", "--no", "setup", "blinking red"])
        #expect(both.status == 2 && both.stderr.contains("--yes setup and --no setup contradict each other"))
    }

    @Test("the walkthrough: a fix that did not help is weighed, the next is offered, one that works ends it")
    func walkthrough() throws {
        let result = try LEDDiagCLI.run(["interactive"], input: "outdoor-4\nred x6 after blue\ny\nn\ny\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Try: Replace the batteries"))
        #expect(result.stdout.contains("Noted: that did not fix it. Now:\n  1. The device cannot reach the internet"))
        #expect(result.stdout.contains("Fixed — power-cycle the device (soft reset) did it."))
    }
}
