import Testing

@testable import LEDInput

/// A period said as a rate of blinks or "once per" a length ("once per 2 sec", "1 flash/s", "~1 flash per
/// second", "once every other second"): a pace, read as "every 2 seconds" is read — not a count of one, nor a
/// brief length.
@Suite struct TextParserRatePerBlinkVoiceTests {
    static let cases: [TextCase] = [
        TextCase("my mini blinks red once per 2 sec since the storm", "dev=mini ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("doorbell: green 1 flash/s", "dev=doorbell ctx=- : green:blink:_:medium:_:_:_"),
        TextCase("XT2 blinking blue ~1 flash per second, is that ok?", "dev=xt2 ctx=- : blue:blink:_:medium:_:_:_"),
        TextCase(
            "the red light on the Outdoor 4 goes once every other second",
            "dev=outdoor-4 ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("Sync Module 2 green 2 blinks per second", "dev=sync-module-2 ctx=- : green:blink:_:fast:_:_:_"),
        TextCase("red 3 flashes, per second maybe", "dev=? ctx=- : red:blink:3:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
