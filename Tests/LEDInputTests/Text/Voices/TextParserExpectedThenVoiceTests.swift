import Testing

@testable import LEDInput

/// An expectation ("It should …", "supposed to …", "suppose to …") that names a light, then a situation, then goes
/// on with "then" ("… after I change the password and then go dark") is expected as a whole: the situation is
/// kept, but the light after "then" is not what the light does. An expectation with no light before the situation
/// ("Hold the reset button until the light flashes") still ends at it.
@Suite struct TextParserExpectedThenVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "It should blink red for a minute after I change the router password and then go dark. Instead it has "
                + "been blinking red for four hours.",
            "dev=? ctx=network-change : red:blink:_:_:hours=14400:_:_"),
        TextCase(
            "It's supposed to go solid blue after setup, then turn off. Mine is still solid blue after an hour.",
            "dev=? ctx=setup : blue:solid:_:_:hours:_:_"),
        TextCase(
            "it is suppose to blink blue after reset and then stay solid, but it blinking red nonstop",
            "dev=? ctx=after-reset : red:blink:_:_:continuous:_:_"),
        TextCase(
            "App says \"Hold the reset button until the light flashes\" - my Indoor is going red blue red blue while "
                + "I hold it",
            "dev=indoor ctx=holding-reset : blue-red:alt:_:_:_:_:_"),
        // "the led should go …" with no "it": what it should do, not what it does.
        TextCase(
            "my friend who installed it said the led should go blue then off, but mine stays red",
            "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase(
            "the light should turn solid blue after setup, but it keeps blinking red",
            "dev=? ctx=setup : red:blink:_:_:continuous:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
