import Testing

@testable import LEDInput

/// A short pulse as other grammars say it: the shortness before the article ("makes shortly a red blink") or no
/// article after a verb of making ("the light make small red flash", "made tiny red blink"). Each pulse is brief;
/// a count said with it stays its count.
@Suite struct TextParserShortPulseGrammarVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "When somebody goes through the corridor, the Indoor camera makes shortly a red blink, two times maybe. "
                + "Afterwards it is again dark.",
            "dev=indoor ctx=motion : red:blink:2:_:brief:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "When I pass in front the Indoor cam, the light make small red flash and then stop.",
            "dev=indoor ctx=motion : red:blink:_:_:brief:_:_ none:off:_:_:_:_:_"),
        TextCase("the light made tiny red blink", "dev=? ctx=- : red:blink:_:_:brief:_:_"),
        TextCase(
            "the XT gives small blue flash then nothing", "dev=xt ctx=- : blue:blink:_:_:brief:_:_ none:off:_:_:_:_:_"
        ),
        // With the article, as before: one, brief.
        TextCase("a quick red blink", "dev=? ctx=- : red:blink:1:_:brief:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
