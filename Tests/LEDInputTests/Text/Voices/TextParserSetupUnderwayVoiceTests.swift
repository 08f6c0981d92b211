import Testing

@testable import LEDInput

/// Setup under way: the app asking for the device ("The app is asking me to add a device", "app wants me to add
/// the doorbell") or the adding begun and not over ("I have not finished adding it in the app yet", "havent
/// finished adding it", "we have not completed the setup") is the setup context. A setup denied outright ("I
/// haven't set it up yet", "haven't done the setup") is no setup.
@Suite struct TextParserSetupUnderwayVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "The app is asking me to add a device and the ring blinks red", device: "doorbell",
            "dev=doorbell ctx=setup : red:blink:_:_:_:_:_"),
        TextCase(
            "app wants me to add the doorbell, ring flashing red slowly",
            "dev=doorbell ctx=setup : red:blink:_:slow:_:_:_"),
        TextCase(
            "The doorbell ring is flashing red. I have not finished adding it in the app yet.",
            "dev=doorbell ctx=setup : red:blink:_:_:_:_:_"),
        TextCase("havent finished adding it yet, ring flashing red", "dev=? ctx=setup : red:blink:_:_:_:_:_"),
        TextCase("we have not completed the setup, it's blinking red", "dev=? ctx=setup : red:blink:_:_:_:_:_"),
        TextCase("I haven't set it up yet but it blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("haven't done the setup yet, the light blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
