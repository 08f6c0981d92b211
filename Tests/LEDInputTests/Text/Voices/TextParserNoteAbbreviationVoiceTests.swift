import Testing

@testable import LEDInput

/// Situations in note and slang shorthand: the adjective after the noun ("Batts new.", "batteries fresh"),
/// "btn" for the button held ("holding the btn").
@Suite struct TextParserNoteAbbreviationVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "XT2: batteries fresh, red blinking 5x after clips",
            "dev=xt2 ctx=new-batteries,recording : red:blink:5:_:_:_:_"),
        TextCase("Outdoor 4 solid red. Batts new.", "dev=outdoor-4 ctx=new-batteries : red:solid:_:_:_:_:_"),
        TextCase(
            "holding the btn on the mini 2, its flashing red", "dev=mini-2 ctx=holding-reset : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
