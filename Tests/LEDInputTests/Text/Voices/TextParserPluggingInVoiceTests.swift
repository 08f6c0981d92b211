import Testing

@testable import LEDInput

/// Plugging in said bare or typed in a hurry ("plugging in the sync module", "pluggin in", "plugin it in"):
/// a power cycle, as "plugging it back in" is — and "blu" stays blue beside it.
@Suite struct TextParserPluggingInVoiceTests {
    static let cases: [TextCase] = [
        TextCase("after pluggin in the mini it blinks blu", "dev=mini ctx=power-cycle : blue:blink:_:_:_:_:_"),
        TextCase("plugin it in again and the XT2 flashes red", "dev=xt2 ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase(
            "just finished plugging in the sync module, green blinking",
            "dev=sync-module ctx=power-cycle : green:blink:_:_:_:_:_"),
        TextCase("pluggin it back in, doorbell solid blue", "dev=doorbell ctx=power-cycle : blue:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
