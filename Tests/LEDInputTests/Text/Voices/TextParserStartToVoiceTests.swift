import Testing

@testable import LEDInput

/// A light that "starts to" or "begins to" blink is that light blinking ("the red light start to blink"), not a
/// red light that changes "to" a blink; "it stay like this" goes on as it is, not a second, steady light.
@Suite struct TextParserStartToVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "I hold the little button in back of doorbell with pin, the red light start to blink.",
            "dev=doorbell ctx=holding-reset : red:blink:_:_:_:_:_"),
        TextCase("the red light begins to flash", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "I have make reset of Indoor camera, now the lamp is blink blue very slow, it stay like this.",
            "dev=indoor ctx=after-reset : blue:blink:_:slow:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
