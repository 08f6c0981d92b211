import Testing

@testable import LEDInput

/// "out" right after a light named is that light going out ("a few seconds later blue out", "then red out"):
/// at the end of a description it ends in darkness, and in a timeline it ends the light at its time of day
/// ("08:10 postman at the door, the Outdoor lights blue; 08:10:40 blue out": 40 seconds). Elsewhere "out" is
/// an ordinary word ("took the batteries out").
@Suite struct TextParserLightOutVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "the blue came on when the fox passed, a few seconds later blue out",
            "dev=? ctx=motion : blue:solid:_:_:seconds:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "porch cam: red blinking for a minute, then red out",
            "dev=? ctx=- : red:blink:_:_:minute:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "08:10 postman at the door, the Outdoor lights blue; 08:10:40 blue out, red blinks 6 times",
            "dev=outdoor ctx=motion : blue:solid:_:_:seconds=40:_:_ red:blink:6:_:_:_:_"),
        TextCase("took the batteries out, red blinking", "dev=? ctx=power-cycle : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
