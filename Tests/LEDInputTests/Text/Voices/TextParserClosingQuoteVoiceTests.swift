import Testing

@testable import LEDInput

/// A quotation that the sentence goes on after ("Router app says 'Internet connected' again after the outage")
/// reads on out of the quote as it reads into it: the phrase around the closing mark is still one phrase.
@Suite struct TextParserClosingQuoteVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Router app says 'Internet connected' again after the outage, but the Mini keeps flashing red.",
            "dev=mini ctx=internet-restored : red:blink:_:_:continuous:_:_"),
        TextCase(
            "Router page: 'Internet connected' again, XT blinking red",
            "dev=xt ctx=internet-restored : red:blink:_:_:_:_:_"),
        TextCase(
            "app says \"Hold the reset button until the light flashes\" - my Mini is going red blue red blue",
            "dev=mini ctx=holding-reset : blue-red:alt:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
