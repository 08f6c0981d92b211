import Testing

@testable import LEDInput

/// Quarters of a unit are lengths of their own: "a quarter of a minute" is 15 seconds, "a good quarter of an
/// hour" 15 minutes, "three quarters of an hour" 45 minutes (not three hours), "a quarter hour" 15 minutes.
@Suite struct TextParserQuarterLengthVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "the Indoor lit steady blue for roughly a quarter of a minute, then dark",
            "dev=indoor ctx=- : blue:solid:_:_:seconds=15:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "It has been solid red for a good quarter of an hour now.", "dev=? ctx=- : red:solid:_:_:minutes=900:_:_"),
        TextCase(
            "red flashing for three quarters of an hour after the reset",
            "dev=? ctx=after-reset : red:blink:_:_:minutes=2700:_:_"),
        TextCase(
            "blue blinked for a quarter hour then went solid",
            "dev=? ctx=- : blue:blink:_:_:minutes=900:_:_ blue:solid:_:_:_:_:_"),
        TextCase(
            "the light stayed green about three quarters of a minute", "dev=? ctx=- : green:solid:_:_:minute=45:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
