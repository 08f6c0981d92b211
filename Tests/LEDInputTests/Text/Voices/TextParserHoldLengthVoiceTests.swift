import Testing

@testable import LEDInput

/// A length said of holding the button is the hold's, not the light's: "(5 s on the button)", "holding it five
/// seconds", "(held 15 s)", "pushed the reset w a paperclip for like 10 secs". A length after the light, or after
/// a press with the light between, stays the light's.
@Suite struct TextParserHoldLengthVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "10:00 reset the Outdoor (10 s on the button), red light on. 10:20 still red.",
            "dev=outdoor ctx=after-reset : red:solid:_:_:minutes=1200:_:_"),
        TextCase(
            "I reset the Mini, holding it ten seconds, and the light went solid red",
            "dev=mini ctx=after-reset : red:solid:_:_:_:_:_"),
        TextCase("reset the XT (held 15 s), blue blinking", "dev=xt ctx=after-reset : blue:blink:_:_:_:_:_"),
        TextCase(
            "pushed the reset w a paperclip for like 10 secs then it flashed red",
            "dev=? ctx=holding-reset : red:blink:_:_:_:_:_"),
        // The light's own length.
        TextCase(
            "pressed the doorbell and the ring was blue for 10 seconds",
            "dev=doorbell ctx=- : blue:solid:_:_:seconds=10:_:_"),
        TextCase("when I press the button it flashes blue for 5 s", "dev=? ctx=- : blue:blink:_:_:seconds=5:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
