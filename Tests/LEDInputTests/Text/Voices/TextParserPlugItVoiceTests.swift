import Testing

@testable import LEDInput

/// Learners' bare "plug it" for powering a device again ("since i plug it", "I unplug the mini and plug it
/// again"): a power cycle.
@Suite struct TextParserPlugItVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "the mini light blue steady, no blinking, since i plug it",
            "dev=mini ctx=power-cycle : blue:solid:_:_:_:_:noblink"),
        TextCase("I unplug the Mini and plug it again, red blink", "dev=mini ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase("Indoor red blinking when I plug it", "dev=indoor ctx=power-cycle : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
