import Testing

@testable import LEDInput

/// Words beside the light that are not the light: "or nothing" after a denial is emphasis ("not flashin or
/// nothin"), what the device "can't connect to" is no darkness, a likeness ("red like a stop sign") is no
/// end, a speed said of the network or the app ("the internet is very slow") is not the light's, and how long
/// the power was off ("mains pulled 20 s", "batteries out 10 s") or the reset button held ("held the reset
/// button for 10 seconds and …") is not how long the light then lasted.
@Suite struct TextParserAsideVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Sync Module 2 solid red, no flashing or nothing", "dev=sync-module-2 ctx=- : red:solid:_:_:_:_:noblink"),
        TextCase(
            "the camera blinks red all day, cant connect to nothin",
            "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "my sync module 2 lit up red like a stop sign and stays", "dev=sync-module-2 ctx=- : red:solid:_:_:_:_:_"),
        TextCase(
            "Sync Module XR: pulled the mains 15 s, restored. then solid green",
            "dev=sync-module-xr ctx=power-cycle : green:solid:_:_:_:_:_"),
        TextCase(
            "XT2 batteries out 10 seconds, back in: red blinking",
            "dev=xt2 ctx=power-cycle : red:blink:_:_:_:_:_"),
        // How long the reset button was held, said before the light, is the hold's.
        TextCase(
            "held the reset button for 10 seconds and the doorbell light flashed red",
            "dev=doorbell ctx=holding-reset : red:blink:_:_:_:_:_"),
        TextCase(
            "pressed and held reset for 15 s and the ring flashed red, then went out",
            "dev=? ctx=holding-reset : red:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
        // Said right before the light, with no "and" between, it is how long the light did so while held.
        TextCase(
            "while holding the reset button for 30 seconds the light blinks red",
            "dev=? ctx=holding-reset : red:blink:_:_:seconds=30:_:_"),
        TextCase(
            "while I held reset the light blinked red for 10 seconds",
            "dev=? ctx=holding-reset : red:blink:_:_:seconds=10:_:_"),
        // A length said with "ago" is the light's: it has lasted since then.
        TextCase(
            "unplugged it 20 minutes ago, red blinking since",
            "dev=? ctx=power-cycle : red:blink:_:_:minutes=1200:_:_"),
        // A speed said of the network or the app is not the light's.
        TextCase(
            "The camera of my office stay blinking in red all the night. The internet of the office is very slow.",
            "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase("the red blinks, the wifi is slow", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "the app is slow to load and the light blinks blue slowly", "dev=? ctx=- : blue:blink:_:slow:_:_:_"),
        TextCase(
            "I have not added it to the app yet. Its light is slowly flashing red",
            "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        // what is in front of the camera, or what a light means elsewhere: not the light
        TextCase(
            "23:02 a fox crossed the lawn and the Outdoor 4 flashed red; at 23:15 it was still flashing with nothing "
                + "moving.",
            "dev=outdoor-4 ctx=motion : red:blink:_:_:minutes=780:_:_"),
        TextCase("the red light blinks; on my other camera this means offline", "dev=? ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
