import LEDCore
import Testing

@testable import LEDInput

extension TextParserCases {
    /// Digits, number words, `x6` / `×6` / `6x`, ranges, vague counts and repeated colours.
    static let counts: [TextCase] = [
        TextCase("it blinks red 3 times", "dev=? ctx=- : red:blink:3:_:_:_:_"),
        TextCase("flashes red twice", "dev=? ctx=- : red:blink:2:_:_:_:_"),
        // A count told second-hand or guessed in a clause of its own says how many the vague one was, not
        // how many the last light named did.
        TextCase(
            "it flashed red a bunch of times right after the blue light went off, she thinks it was six",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "a few red flashes after the blue light went off, he reckons it was 5",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        TextCase("blinks red a few times, I think it was 4", "dev=? ctx=- : red:blink:4:_:_:_:_"),
        // A count after an "after" clause counts the main clause's light.
        TextCase("red flashes after the blue, 5 times", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        TextCase(
            "red flashes after the blue light, I counted 6", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("blinked green once", "dev=? ctx=- : green:blink:1:_:_:_:_"),
        TextCase("red ×6", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("red x 6", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("6x red", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("red blinks 6 times", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("red flashes six times", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("twelve red blinks", "dev=? ctx=- : red:blink:12:_:_:_:_"),
        TextCase("it blinked red one time", "dev=? ctx=- : red:blink:1:_:_:_:_"),
        TextCase("blinks twenty five times red", "dev=? ctx=- : red:blink:25:_:_:_:_"),
        TextCase("red 5 or 6 times", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        TextCase("blinks red 5-6 times", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        TextCase("blinks red 5–6 times", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        TextCase("five or six red flashes", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        TextCase("blinks 5 to 6 times red", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        TextCase("between 5 and 6 red blinks", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        TextCase("red 6 or 5 times", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        TextCase("red light blinks a few times", "dev=? ctx=- : red:blink:few:_:_:_:_"),
        TextCase("a few red blinks", "dev=? ctx=- : red:blink:few:_:_:_:_"),
        TextCase("red light blinks several times", "dev=? ctx=- : red:blink:several:_:_:_:_"),
        TextCase("several green flashes", "dev=? ctx=- : green:blink:several:_:_:_:_"),
        TextCase("red red red", "dev=? ctx=- : red:blink:3:_:_:_:_"),
        TextCase("red, red, red", "dev=? ctx=- : red:blink:3:_:_:_:_"),
        TextCase("red red red red red", "dev=? ctx=- : red:blink:5:_:_:_:_"),
        TextCase("red red red then blue", "dev=? ctx=- : red:blink:3:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase("I have 2 cameras and one is blinking red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("mini 2 blinks red 2 times", "dev=mini-2 ctx=- : red:blink:2:_:_:_:_"),
        TextCase("my mini blinks red 2 times", "dev=mini ctx=- : red:blink:2:_:_:_:_"),
        TextCase("green x6!!!", "dev=? ctx=- : green:blink:6:_:_:_:_"),
        // A counted burst that keeps coming and then ends comes back each time; it is not endless.
        TextCase(
            "keeps blinking red 6 times every time it records, then stops",
            "dev=? ctx=recording : red:blink:6:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "keeps flashing red like 3 times whenever a cat walks by then goes dark",
            "dev=? ctx=motion : red:blink:3:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("keeps flashing red 3 times", "dev=? ctx=- : red:blink:3:_:_:_:_"),
        TextCase("keeps doing 6 red blinks after recording", "dev=? ctx=recording : red:blink:6:_:_:_:_"),
        TextCase("keeps flashing red nonstop, 3 times", "dev=? ctx=- : red:blink:3:_:continuous:_:_"),
        // A guess after a vague count is the number it hinted at; a length or a time of day is not.
        TextCase("blinks red many times, about six", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase(
            "blinks red several times after recording, like 5 i think", "dev=? ctx=recording : red:blink:5:_:_:_:_"),
        TextCase("flashes red a few times, like 2 seconds each", "dev=? ctx=- : red:blink:few:_:brief=2:_:_"),
        // A correction replaces what was said just before it, keeping what it leaves out.
        TextCase(
            "post-rec, red x5 — correction, rewatched the clip, x6. Then dark.",
            "dev=? ctx=recording : red:blink:6:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "It is blinking blue. No wait, sorry, I looked again: it is just solid blue.",
            "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase(
            "the light went green for about ten seconds. Or was it blue? Yes, blue. Then it went off.",
            "dev=? ctx=- : blue:solid:_:_:seconds=10:_:_ none:off:_:_:_:_:_"),
        // "last night I … counted": when it was counted, not how long it lasted.
        TextCase(
            "red blinks a lot, so last night I stood and counted: six",
            "dev=? ctx=- : red:blink:6:_:_:_:_"),
    ]
}

/// Counts in every spelling people use.
@Suite struct TextParserCountTests {
    @Test(arguments: TextParserCases.counts)
    func count(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test func theLargestCountIsAccepted() throws {
        let parsed = try TextParserFixtures.parser.parse("red x\(BlinkCountLimits.maximum)")
        #expect(parsed.observation.events.first?.count == .exactly(BlinkCountLimits.maximum))
    }
}
