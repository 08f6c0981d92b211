import Testing

@testable import LEDInput

/// The app's setup screens quoted in a message ("Waiting for device...", "Searching for your camera") say the
/// device is being set up, as "looking for your camera" does.
@Suite struct TextParserAppSetupMessageVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Blink app: searching for your camera. Light on the XT2 flashing blue.",
            "dev=xt2 ctx=setup : blue:blink:_:_:_:_:_"),
        TextCase(
            "phone says waiting for the device, doorbell ring flashing blue",
            "dev=doorbell ctx=setup : blue:blink:_:_:_:_:_"),
        TextCase(
            "After I reset it the app shows \"Waiting for device\" and the Mini blinks blue slowly",
            "dev=mini ctx=after-reset,setup : blue:blink:_:slow:_:_:_"),
        TextCase(
            "App is on 'Connecting to Wi-Fi...' and the Mini has been flashing red for about 20 seconds.",
            "dev=mini ctx=setup : red:blink:_:_:seconds=20:_:_"),
        // The screen's longer phrase wins over "the app says"; "sits on" it is as "is on" it.
        TextCase(
            "the app says Connecting to Wi-Fi, and the camera blinks red", "dev=? ctx=setup : red:blink:_:_:_:_:_"),
        TextCase(
            "App sits on 'Connecting to Wi-Fi...' for the Mini 2K+, and the camera has been blinking red for a minute.",
            "dev=mini-2k-plus ctx=setup : red:blink:_:_:minute:_:_"),
        // The Wi-Fi password typed in, however it is put.
        TextCase(
            "sm2 goes solid red every time i put the wifi pw in", "dev=? ctx=setup : red:solid:_:_:_:_:_"),
        TextCase(
            "The app's 'Add Device' can't find the Mini 2K+ after the reset; its LED sits on steady green.",
            "dev=mini-2k-plus ctx=after-reset,setup : green:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
