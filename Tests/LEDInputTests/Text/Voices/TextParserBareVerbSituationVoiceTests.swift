import Testing

@testable import LEDInput

/// A power or internet coming back said with the verb bare, as learners write it ("when the power return",
/// "after the wifi return", "the current come back"), is that situation.
@Suite struct TextParserBareVerbSituationVoiceTests {
    static let cases: [TextCase] = [
        TextCase("when the power return, the mini flash blue", "dev=mini ctx=power-cycle : blue:blink:_:_:_:_:_"),
        TextCase(
            "after the current come back my xt2 blink red", "dev=xt2 ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase(
            "after the wifi return, outdoor cam blinking red", "dev=outdoor ctx=internet-restored : red:blink:_:_:_:_:_"
        ),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
