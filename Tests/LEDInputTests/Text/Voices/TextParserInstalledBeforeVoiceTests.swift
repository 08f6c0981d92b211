import Testing

@testable import LEDInput

/// The device put up some time ago, by someone else or checked after it was put up — "my son install it", "the
/// electrician installed it last year", "Had it professionally installed", "install check", "plugged it in for the
/// first time" — is how it came to be there: not setup going on now, nor a power cycle.
@Suite struct TextParserInstalledBeforeVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Camera is showing purple light, not blinking, from yesterday. I don't know which model, "
                + "my son install it.",
            "dev=? ctx=- : purple:solid:_:_:hours:_:noblink"),
        TextCase(
            "the electrician installed it last year and now it blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "Had it professionally installed in May. Since this week the light is solid red.",
            "dev=? ctx=- : red:solid:_:_:hours:_:_"),
        TextCase("install check: LED off, chime OK", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase(
            "plugged it in for the first time, blue blinking and green solid",
            "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        // someone putting it up now is setup
        TextCase(
            "My brother is install his Outdoor 4 right now, the light flashes red",
            "dev=outdoor-4 ctx=setup : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
