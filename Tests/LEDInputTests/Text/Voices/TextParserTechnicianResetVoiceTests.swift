import Testing

@testable import LEDInput

/// A technician's "rst" for the reset: "post rst", "rst done" is after the reset, "rst pin held", "pin held
/// in", "btn held" is the reset button held.
@Suite struct TextParserTechnicianResetVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Doorbell post rst: red fast blink x10, then LED off",
            "dev=doorbell ctx=after-reset : red:blink:10:fast:_:_:_ none:off:_:_:_:_:_"),
        TextCase("XT2 rst done: LED blue solid", "dev=xt2 ctx=after-reset : blue:solid:_:_:_:_:_"),
        TextCase("Mini after rst: red blink 30 s", "dev=mini ctx=after-reset : red:blink:_:_:seconds=30:_:_"),
        TextCase(
            "Outdoor 4 rst: LED red blink >45 min", "dev=outdoor-4 ctx=after-reset : red:blink:_:_:minutes=2700:_:_"),
        TextCase("Mini 2: rst pin held, LED red solid", "dev=mini-2 ctx=holding-reset : red:solid:_:_:_:_:_"),
        TextCase(
            "Sync Module 2: pin held in ~10 s, LED solid red",
            "dev=sync-module-2 ctx=holding-reset : red:solid:_:_:_:_:_"),
        TextCase(
            "Sync Module XR rst: LED solid red while pin held (~5 s).",
            "dev=sync-module-xr ctx=holding-reset : red:solid:_:_:seconds=5:_:_"),
        TextCase("XT2 btn held: red blink fast", "dev=xt2 ctx=holding-reset : red:blink:_:fast:_:_:_"),
        // A pin pressed into the button, and still held while the owner writes, is the button held.
        TextCase(
            "While I press a pin into the button on its side, the light turns solid red. "
                + "I have been holding for about five seconds now. Do I release it?",
            "dev=? ctx=holding-reset : red:solid:_:_:_:_:_"),
        // holding something else is not the reset button
        TextCase("I'm holding the camera up to the router and it blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        // A light after letting go is after the reset; the light before it was while holding.
        TextCase(
            "16:00 held the reset button, red flashing; 16:00:15 let go; 16:01 flashing stopped, ring dark.",
            "dev=? ctx=after-reset,holding-reset : red:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "I held the reset button till it flashed red, then released it, now it blinks blue",
            "dev=? ctx=after-reset,holding-reset : red:blink:_:_:_:_:_ blue:blink:_:_:_:_:_"),
        // No light after it: only the holding.
        TextCase("held reset, it went solid red, then I let go", "dev=? ctx=holding-reset : red:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
