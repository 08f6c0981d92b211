import Foundation
import LEDEngine
import TestSupport
import Testing

@testable import LEDInput

/// A misspelt word close to exactly one colour, kind or count word is read as that word, and the
/// diagnosis says so (`note: read "flashng" as "flashing"`). The readings and notes are compared with
/// `Tests/Fixtures/Golden/typo-repairs.txt`; run with `LEDDIAG_UPDATE_GOLDEN=1` to write it anew, then review the diff.
@Suite struct TextParserRepairTests {
    /// Typos in several voices: dropped letters, swapped letters, `-in` for `-ing`, held-down keys.
    static let inputs: [(device: String?, text: String)] = [
        ("mini", "flashng red"),
        ("indoor", "my indoor cam flahses red 6x after the blue light ends"),
        ("xt2", "after every clip the light goes blue and then its blinkin red like 6 times"),
        ("outdoor", "flashin red since the storm knocked out our internet"),
        ("xt", "soild blue after the reset, it never blinks"),
        ("mini", "blue blinking sloooowly on and off"),
        ("sync-module-2", "blue blinkin and green solid on the sync module"),
        (nil, "rde x6 after blue"),
        (nil, "purpel light"),
        ("outdoor-4", "red blinks sevn times after the bleu light"),
        ("mini-2k-plus", "flahsing red during setup, been about 45 seconds"),
        ("xt", "bliking red over and over, maybe once a second"),
        ("doorbell", "button held inside the battery case, ring blinkd red rapidly, now nothing"),
        ("mini-2", "blue blinking slowy, every 2 secs or so"),
    ]

    @Test func repairsMatchGolden() throws {
        let diagnoser = try Diagnoser.builtin()
        var rendered = ""
        for (device, text) in Self.inputs {
            let diagnosis = try diagnoser.diagnose(text, device: device)
            rendered += "\(text)\n  \(diagnosis.canonical)\n"
            for note in diagnosis.notes { rendered += "  note: \(note)\n" }
            #expect(!diagnosis.notes.isEmpty, "\(text) was read without a repair")
        }
        try GoldenFile.check(rendered, against: "typo-repairs.txt")
    }

    @Test func repairSpansPointAtTheTypedWord() throws {
        let parsed = try TextParserFixtures.parser.parse("solid blue then red flahses")
        #expect(parsed.repairs == [WordRepair(typed: "flahses", readAs: "flashes", start: 20, end: 27)])
        #expect(parsed.canonical == "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:_:_:_:_:_")
    }

    @Test func theNoteReachesTheTextAndJSONReports() throws {
        let diagnosis = try Diagnoser.builtin().diagnose("flashng red", device: "mini")
        #expect(DiagnosisTextRenderer().render(diagnosis).contains("note: read \"flashng\" as \"flashing\""))
        #expect(diagnosis.json().contains(#""notes":["read \"flashng\" as \"flashing\""]"#))
        #expect(!(try Diagnoser.builtin().diagnose("flashing red", device: "mini")).json().contains("\"notes\""))
    }

    @Test func knownWordsAreNeverRepaired() throws {
        for text in ["read the manual, the light is red", "there are three blinks of red", "it went solid green again"]
        {
            #expect(try TextParserFixtures.parser.parse(text).repairs.isEmpty, "\(text)")
        }
    }
}
