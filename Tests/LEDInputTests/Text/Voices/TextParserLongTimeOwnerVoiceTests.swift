import Testing

@testable import LEDInput

/// "long-time customer", "a longtime Blink user": how long the person has been a customer, not how long the
/// light did anything. A "long time" said of the light is still its length.
@Suite struct TextParserLongTimeOwnerVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Hi, quick question from a long-time customer. Its red light is flashing.",
            "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "As a long time Blink user I've never seen this: the Mini blinks red",
            "dev=mini ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "Writing as a long-time owner, the Outdoor has a solid blue light",
            "dev=outdoor ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("it blinked red for a long time", "dev=? ctx=- : red:blink:_:_:minutes:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
