import Testing

@testable import LEDInput

/// "Blink" greeted or addressed ("Dear Blink,", "Hi Blink team", "Hello Blink folks") is the company, not a
/// blink of the light.
@Suite struct TextParserBrandGreetingVoiceTests {
    static let cases: [TextCase] = [
        TextCase("Hi Blink, the Indoor shows a steady green light", "dev=indoor ctx=- : green:solid:_:_:_:_:_"),
        TextCase(
            "Hey Blink people - our Mini is stuck on solid red since last week",
            "dev=mini ctx=- : red:solid:_:_:hours:_:_"),
        TextCase(
            "Blink staff, please help: the doorbell ring glows blue and stays on",
            "dev=doorbell ctx=- : blue:solid:_:_:_:_:_"),
        // A blink said after a greeting is still a blink.
        TextCase("hello, it keeps blinking red", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
