import Testing

@testable import LEDInput

/// What the light used to do, then "now" and a clause of details only before the light told of now ("now, since
/// Monday, the XT is solid blue", "now, for two days, it stays solid red"): the details are the present light's,
/// not the old one's.
@Suite struct TextParserNowSinceVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "It used to show blue only for recordings; now, since Monday, the XT is solid blue and never blinks.",
            "dev=xt ctx=recording : blue:solid:_:_:_:_:past blue:solid:_:_:hours:_:noblink"),
        TextCase(
            "it used to blink blue; now, since Monday, it is solid blue",
            "dev=? ctx=- : blue:blink:_:_:_:_:past blue:solid:_:_:hours:_:_"),
        TextCase(
            "The Mini used to flash red after each clip; now, for two days, it stays solid red",
            "dev=mini ctx=recording : red:blink:_:_:_:_:past red:solid:_:_:hours:_:_"),
        TextCase(
            "Previously the doorbell blinked blue when pressed. Now, since the weekend, it is dark.",
            "dev=doorbell ctx=- : blue:blink:_:_:_:_:past none:off:_:_:hours:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
