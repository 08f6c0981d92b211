import Testing

@testable import LEDInput

/// "after the blue is off" names the light that went off: it was lit until then ("the light red make six times
/// very fast, after the blue is off" is the recording light, then six red flashes), not a dark blue light. So does
/// "after it goes off" when a light was named just before ("the blue light comes on, and right after it goes off the
/// red light flashes six times"): "it" is that light, which went off — not a red light lit before the blue.
@Suite struct TextParserAfterLightOffVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Indoor: red blinks 6 times after the blue is off",
            "dev=indoor ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "my Mini, the light red make six times very fast, after the blue is off",
            "dev=mini ctx=- : blue:solid:_:_:_:_:_ red:blink:6:fast:_:_:_"),
        TextCase(
            "XT2: after the blue light is off, 5 red flashes",
            "dev=xt2 ctx=- : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        TextCase(
            "whenever it records a clip, the blue light comes on, and right after it goes off the red light flashes "
                + "six times",
            "dev=? ctx=recording : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "The blue light comes on. After it goes off the red light flashes six times.",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "blue light on, after it turns off red blinks 5 times",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
