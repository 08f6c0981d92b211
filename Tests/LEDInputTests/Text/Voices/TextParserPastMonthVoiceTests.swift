import Testing

@testable import LEDInput

/// A time long past named by its month or season ("Back in March …; now …", "Last November …; now …", "back
/// in the summer …") opens what the light used to do; "back in" there is not the batteries put back in.
@Suite struct TextParserPastMonthVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Back in March the doorbell ring flashed red all day; now it is dark.",
            "dev=doorbell ctx=- : red:blink:_:_:hours:_:past none:off:_:_:_:_:_"),
        TextCase(
            "Last November the XT flashed red five times after each clip; now just the blue while it records.",
            "dev=xt ctx=recording : red:blink:5:_:_:_:past blue:solid:_:_:_:_:_"),
        TextCase(
            "back in the summer it was solid green, now it blinks blue",
            "dev=? ctx=- : green:solid:_:_:_:_:past blue:blink:_:_:_:_:_"),
        TextCase("I put the batteries back in and it blinks red", "dev=? ctx=power-cycle : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
