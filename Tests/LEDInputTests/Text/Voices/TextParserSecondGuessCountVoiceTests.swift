import Testing

@testable import LEDInput

/// A count, then a second guess after a comma ("five times, possibly six", "6 time, or maybe 7", "five times,
/// maybe four") is the range between the two; one pulse named with "a" or "one" and then "or two" ("a red wink or
/// two", "a quick red flash or two") is one or two of them. A number further off, or a length, is no guess.
@Suite struct TextParserSecondGuessCountVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Lately the Outdoor 4 blinks red after recording, I believe five times, possibly six.",
            "dev=outdoor-4 ctx=recording : red:blink:5-6:_:_:_:_"),
        TextCase("it flash red 6 time, or maybe 7, and stop", "dev=? ctx=- : red:blink:6-7:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "My neighbour says her Mini flashed red five times, maybe four, then went dark.",
            "dev=mini ctx=- : red:blink:4-5:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "When the postman comes, the XT gives a red wink or two.", "dev=xt ctx=motion : red:blink:1-2:_:_:_:_"),
        TextCase("the doorbell does one blue blink or two when pressed", "dev=doorbell ctx=- : blue:blink:1-2:_:_:_:_"),
        TextCase(
            "7:02 red flashing. 7:03 a blue blink or two. 7:03 LED off",
            "dev=? ctx=- : red:blink:_:_:_:_:_ blue:blink:1-2:_:_:_:_ none:off:_:_:_:_:_"),
        // Each of them short.
        TextCase(
            "when someone walks past it gives a quick red flash or two, then nothing",
            "dev=? ctx=motion : red:blink:1-2:_:brief:_:_ none:off:_:_:_:_:_"),
        // Not a second guess.
        TextCase("blinks red 2 times, or maybe 20", "dev=? ctx=- : red:blink:2:_:_:_:_"),
        TextCase(
            "My Outdoor 4 after finish the video is blinking red five time, sometime six.",
            "dev=outdoor-4 ctx=recording : red:blink:5-6:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
