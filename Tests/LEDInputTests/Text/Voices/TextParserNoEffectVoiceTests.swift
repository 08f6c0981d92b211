import Testing

@testable import LEDInput

/// A "nothing" that says what a remedy or an action did, after a light already told, is no change — the
/// light goes on — not the light going dark: "Router reboot did nothing", "pulled the batteries - nothing",
/// "ringing it does nothing". With no light before it, or after holding the reset button, it is still dark.
@Suite struct TextParserNoEffectVoiceTests {
    static let cases: [TextCase] = [
        // technician shorthand
        TextCase(
            "XT blinking red for 2 hours. Router reboot did nothing.",
            "dev=xt ctx=power-cycle : red:blink:_:_:hours=7200:_:_"),
        // polite, with a length for the remedy
        TextCase(
            "The Indoor has been flashing red for hours. I pulled the batteries for 30 seconds - nothing.",
            "dev=indoor ctx=power-cycle : red:blink:_:_:hours:_:_"),
        // an action for the subject of "does nothing"
        TextCase(
            "since I swapped its batteries the doorbell blinks red all the time and ringing it does nothing",
            "dev=doorbell ctx=new-batteries : red:blink:_:_:continuous:_:_"),
        // slang
        TextCase(
            "mini blinkin red all day, unplugged it, did nothing",
            "dev=mini ctx=power-cycle : red:blink:_:_:hours:_:_"),
        // no light before it: the light stayed dark
        TextCase("unplugged the mini, nothing", "dev=mini ctx=power-cycle : none:off:_:_:_:_:_"),
        // the reset button's light is what the owner watches
        TextCase(
            "the XT2 blinked red; I held the reset button 15 s and it did nothing",
            "dev=xt2 ctx=holding-reset : red:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
