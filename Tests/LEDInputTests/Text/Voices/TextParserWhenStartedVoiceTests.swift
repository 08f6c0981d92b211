import Testing

@testable import LEDInput

/// "last night" or "yesterday" in a sentence that says how long the light lasted ("for about five minutes") is when
/// it began, not a length of hours beside it; a period ("every two seconds") is no length, and "since last night"
/// still reads as hours.
@Suite struct TextParserWhenStartedVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "last night my Outdoor camera started flashing red when a delivery driver walked up, and it carried on "
                + "flashing for about five minutes after he had left",
            "dev=outdoor ctx=motion : red:blink:_:_:minutes=300:_:_"),
        TextCase("yesterday it blinked red for ten minutes", "dev=? ctx=- : red:blink:_:_:minutes=600:_:_"),
        TextCase("it has been blinking red since last night", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "I did the reset yesterday and from that time the light is blinking blue slow, every two seconds",
            "dev=? ctx=after-reset : blue:blink:_:slow:hours:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
