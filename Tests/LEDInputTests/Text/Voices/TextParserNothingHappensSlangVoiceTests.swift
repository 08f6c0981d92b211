import Testing

@testable import LEDInput

/// Emphatic ways of saying the light did nothing: a single pulse denied ("not a single flicker", "not even a
/// glimmer") is no blink at all, not a count of one; "not a peep" is darkness.
@Suite struct TextParserNothingHappensSlangVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "held the pin in for 15 secs on my xt2, not even a glimmer",
            "dev=xt2 ctx=holding-reset : none:off:_:_:_:_:_"),
        TextCase(
            "put fresh batteries in the outdoor and not a peep from the light",
            "dev=outdoor ctx=new-batteries : none:off:_:_:_:_:_"),
        TextCase(
            "pressed reset on the doorbell, zilch, not one single flicker",
            "dev=doorbell ctx=holding-reset : none:off:_:_:_:_:noblink"),
        // Beside a light, the denied pulse says that light does not blink.
        TextCase(
            "solid blue, not a single flicker the whole time", "dev=? ctx=- : blue:solid:_:_:continuous:_:noblink"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
