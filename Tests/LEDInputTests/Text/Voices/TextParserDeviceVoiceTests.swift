import Testing

@testable import LEDInput

/// Two devices in one message, and the LED a message says is not there: a light whose subject is another
/// device is not the described device's ("my Mini blinks red, and the Sync Module 2 shows a steady blue
/// light"); a colour that "never came on" is absent beside another light; a light at one time of day lasts
/// until the next time shows it in another state, also one with no colour of its own ("both steady").
@Suite struct TextParserDeviceVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "my Mini blinks red, and the Sync Module 2 shows a steady blue light",
            "dev=mini ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "my Mini blinks red, and the Sync Module 2 shows a steady blue light", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:_:_:_"),
        TextCase(
            "the Sync Module is fine. The Outdoor blinks red", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:_:_:_"),
        // A device a situation acts on is no subject; one family is one device.
        TextCase(
            "after I reset the Sync Module, the camera blinks red", device: "mini",
            "dev=mini ctx=after-reset : red:blink:_:_:_:_:_"),
        TextCase("my Mini blinks red", device: "mini-2", "dev=mini-2 ctx=- : red:blink:_:_:_:_:_"),
        // A colour that never came on says nothing beside another light; alone it is dark.
        TextCase("blue light blinking, green never came on", "dev=? ctx=- : blue:blink:_:_:_:_:_"),
        TextCase("one steady blue light. The green one hasn't come on so far.", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("the red light never came on", "dev=? ctx=- : red:off:_:_:_:_:_"),
        TextCase(
            "solid blue, the green one isn't lit", "dev=? ctx=- : blue:solid:_:_:_:_:_ green:off:_:_:_:_:_"),
        TextCase(
            "21:41 plugged in: blue and green blink together. 21:43 both steady", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue-green:blink:_:_:minutes=120:_:_ blue-green:solid:_:_:_:_:_"),
        TextCase(
            "it is blinking blue alone, green not come, already two hours",
            "dev=? ctx=- : blue:blink:_:_:hours=7200:_:_"),
        TextCase(
            "the red light is blinking, more than one hour, and never come blue",
            "dev=? ctx=- : red:blink:_:_:hours=3600:_:_"),
        // A device a negation reaches past is still the device.
        TextCase(
            "Can't put the Mini 2K+ into pairing mode, LED is stuck solid blue for hours",
            "dev=mini-2k-plus ctx=no-pairing-mode : blue:solid:_:_:hours:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
