import Testing

@testable import LEDInput

/// A colour said again with a shade or an intensifier restates it ("it become red, full red", "red, bright
/// red", "blue, pure blue"): one light, not two pulses. The same word said again is still a count ("red, red,
/// red").
@Suite struct TextParserColourRestatedVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Sync Module XR: I hold the reset and it become red, full red, not blinking.",
            "dev=sync-module-xr ctx=holding-reset : red:solid:_:_:_:_:noblink"),
        TextCase("my Mini went red, bright red, no flashing", "dev=mini ctx=- : red:solid:_:_:_:_:noblink"),
        TextCase("The Indoor is blue, pure blue, all the time", "dev=indoor ctx=- : blue:solid:_:_:continuous:_:_"),
        TextCase("Outdoor: red, red, red after the clip", "dev=outdoor ctx=recording : red:blink:3:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
