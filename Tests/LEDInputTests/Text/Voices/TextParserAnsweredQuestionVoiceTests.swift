import Testing

@testable import LEDInput

/// In a chat, a "yes" that answers a question goes on to tell the light ("Me: does the XT light up when you
/// walk past? Gran: yes dear, a little red wink"); a "yes" after a description still only agrees with it.
@Suite struct TextParserAnsweredQuestionVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Me: does the XT light up when you walk past? Gran: yes dear, a little red wink, just the once.",
            "dev=xt ctx=motion : red:blink:1:_:brief:_:_"),
        TextCase(
            "Me: what does the Mini do when you walk past? Dad: yes, one red blink and then nothing",
            "dev=mini ctx=motion : red:blink:1:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "Kid: does the Outdoor flash when the car comes? Mum: yeah, two red flashes",
            "dev=outdoor ctx=motion : red:blink:2:_:_:_:_"),
        TextCase("Ann: Mini is blinking red. Bob: yes blinking red", "dev=mini ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
