import Testing

@testable import LEDInput

/// The doorbell's own button pressed, as learners say it ("I push the button of the doorbell", "pressing the
/// button of doorbell", "pushed the button on my Video Doorbell"), is a visitor's press, not the reset held, and
/// names the doorbell; "the button of the reset" stays the reset. So is the button pushed by visitors ("every time my
/// kids push the button", "when guests press the button").
@Suite struct TextParserDoorbellButtonVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "I push the button of the doorbell and the ring is blinking blue, after is turning off",
            "dev=doorbell ctx=- : blue:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "When my son is pressing the button of doorbell the light make blue few times",
            "dev=doorbell ctx=- : blue:blink:few:_:_:_:_"),
        TextCase(
            "pushed the button on my Video Doorbell, the ring went blue", "dev=doorbell ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("pressing the button of the reset, red blinking", "dev=? ctx=holding-reset : red:blink:_:_:_:_:_"),
        // visitors at the door ring it: "my kids push the button"; the owner's son holding it is the reset
        TextCase(
            "The doorbell light make blue blink blink evry time my kids push the button. Is broken?",
            "dev=doorbell ctx=- : blue:blink:_:_:_:_:_"),
        TextCase("whenever guests pushing button the ring goes blue", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase(
            "my son pushed the button for 10 seconds and it flashed red",
            "dev=? ctx=holding-reset : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
