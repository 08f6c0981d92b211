import Testing

@testable import LEDInput

/// A shade named by two colours is the last one ("orange-red", "greenish blue"), and a colour said to win
/// over another is that colour ("more blue than green"): one light, not two.
@Suite struct TextParserShadeVoiceTests {
    static let cases: [TextCase] = [
        TextCase("my mini shows a solid orangey red light", "dev=mini ctx=- : red:solid:_:_:_:_:_"),
        TextCase(
            "after each clip the xt2 flickers orange-red 6 times",
            "dev=xt2 ctx=recording : red:blink:6:_:_:_:_"),
        TextCase("the sync module has a greenish blue light blinking", "dev=sync-module ctx=- : blue:blink:_:_:_:_:_"),
        TextCase(
            "the LED is some aqua colour, more blue than green I'd say, steady", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("the light is more green than blue and it blinks slowly", "dev=? ctx=- : green:blink:_:slow:_:_:_"),
        // Two colours said apart are still two.
        TextCase("the xt2 blinks red and blue in turns", "dev=xt2 ctx=- : blue-red:alt:_:_:_:_:_"),
        // a colour said dark or light is that colour, not a dark LED
        TextCase("it is dark blue", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("bright red flashing", "dev=? ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
