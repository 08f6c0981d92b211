import Testing

@testable import LEDInput

/// The light after "instead of" or "rather than" is the one that did not come ("blinks red instead of solid blue":
/// a red blink, not red and blue taking turns; "instead of blinking blue it has sat on solid green": the green,
/// not a blue-green light). Without a colour ("solid blue instead of blinking") the light described does not blink.
@Suite struct TextParserInsteadOfVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Since the new router the Mini blinks red instead of solid blue.",
            "dev=mini ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "After the reset, instead of blinking blue it has sat on solid green for two hours and never blinks.",
            "dev=? ctx=after-reset : green:solid:_:_:hours=7200:_:noblink"),
        TextCase("it's solid red rather than blinking blue", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase(
            "the light turns solid blue after the reset instead of blinking",
            "dev=? ctx=after-reset : blue:solid:_:_:_:_:noblink"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
