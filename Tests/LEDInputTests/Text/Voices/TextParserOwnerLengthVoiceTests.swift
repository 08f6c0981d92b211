import Testing

@testable import LEDInput

/// Lengths that time the owner, not the light: how long they have had the device, told in days or more
/// ("I have Outdoor 4 since two weeks", "we've had the camera for a month"), and ages ("she is nine months
/// now", "the batteries are only a month old", a note's "Batteries 2 yrs"). A length said of the light stays
/// its length, and so does one since a battery change ("since I changed the batteries 2 days ago").
@Suite struct TextParserOwnerLengthVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "I have Outdoor 4 since two weeks. When car is driving past, it makes red flash one time",
            "dev=outdoor-4 ctx=motion : red:blink:1:_:_:_:_"),
        TextCase(
            "We've had the camera for a month. Every night it blinks blue twice",
            "dev=? ctx=- : blue:blink:2:_:_:_:_"),
        TextCase(
            "our baby monitor cam, she is nine months now, and the light is solid red",
            "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase(
            "the batteries are only a month old and it blinks red after each clip",
            "dev=? ctx=recording : red:blink:_:_:_:_:_"),
        // The light's own lengths.
        TextCase("I have had it blinking red for two weeks", "dev=? ctx=- : red:blink:_:_:hours=1209600:_:_"),
        TextCase(
            "we have been trying to add it for ten minutes and the red keeps flashing",
            "dev=? ctx=setup : red:blink:_:_:minutes=600:_:_"),
        TextCase("since two weeks it blinks red", "dev=? ctx=- : red:blink:_:_:hours=1209600:_:_"),
        TextCase("XT LED: 3x red after clip. Batteries 2 yrs.", "dev=xt ctx=recording : red:blink:3:_:_:_:_"),
        TextCase(
            "red x6 after the blue, batteries in for 8 months",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "blinking red since I changed the batteries 2 days ago",
            "dev=? ctx=new-batteries : red:blink:_:_:hours=172800:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
