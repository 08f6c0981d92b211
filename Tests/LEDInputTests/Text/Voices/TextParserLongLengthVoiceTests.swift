import Testing

@testable import LEDInput

/// A number of hours, weeks or months is a length, "now" after it or not: "for three hours now" is three
/// hours (not three blinks and some hours), "for 3 weeks", "for two months". A bare "for hours now" stays
/// hours.
@Suite struct TextParserLongLengthVoiceTests {
    static let cases: [TextCase] = [
        TextCase("the ring has flashed red for three hours now", "dev=? ctx=- : red:blink:_:_:hours=10800:_:_"),
        TextCase(
            "my Outdoor has been blinking red for 3 weeks", "dev=outdoor ctx=- : red:blink:_:_:hours=1814400:_:_"),
        TextCase(
            "it has blinked blue for two months, no change", "dev=? ctx=- : blue:blink:_:_:hours=5184000:_:_"),
        TextCase("flashing red for hours now", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
