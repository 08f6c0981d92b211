import Testing

@testable import LEDInput

/// One short pulse said with an article ("a quick red blink", "a little red flicker", "a short flash of red")
/// is one blink, brief — "quick" there is how long it lasts, not how fast a light blinks. A clause that counts
/// the pulses keeps its count; a pulse named as a series ("a little flicker routine") is many; a light's
/// rhythm ("a slow blue blink") is no single pulse.
@Suite struct TextParserSinglePulseVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Grandad says the cam gives a quick red blink when the foxes go past, and that's it",
            "dev=? ctx=motion : red:blink:1:_:brief:_:_"),
        TextCase(
            "when i walk by there is a little red flicker then nothing",
            "dev=? ctx=motion : red:blink:1:_:brief:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "there was a quick flash of red, then blue blinking slowly",
            "dev=? ctx=- : red:blink:1:_:brief:_:_ blue:blink:_:slow:_:_:_"),
        TextCase("two times a short red flash when a car passes", "dev=? ctx=motion : red:blink:2:_:brief:_:_"),
        TextCase("it has a slow blue blink", "dev=? ctx=- : blue:blink:_:slow:_:_:_"),
        TextCase(
            "it does a little red flicker routine after each clip",
            "dev=? ctx=recording : red:blink:_:_:_:_:_"),
        TextCase(
            "xt2 does a lil red blip every time a car goes by", "dev=xt2 ctx=motion : red:blink:1:_:brief:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
