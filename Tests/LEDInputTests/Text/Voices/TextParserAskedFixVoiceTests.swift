import Testing

@testable import LEDInput

/// A fix asked about is not a fix done: "Would a reset be the right thing?", "would you recommend a power cycle?",
/// "can I reset it?" propose a reset or a power cycle; nothing was done yet. So does "can I reset it with a pin?":
/// the reset button asked about is not held.
@Suite struct TextParserAskedFixVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "my old XT by the shed still blinks red. Would a reset be the right thing? Thank you in advance.",
            "dev=xt ctx=- : red:blink:_:_:_:_:_"),
        TextCase("red light flashing, would you recommend a power cycle?", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("solid green for hours, can I reset it?", "dev=? ctx=- : green:solid:_:_:hours:_:_"),
        // Holding the reset button, asked about, is not being done.
        TextCase("can I reset it with a pin? the light is solid red", "dev=? ctx=- : red:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
