import Testing

@testable import LEDInput

/// Families found in the tuning halves of batches 23 and 24 (written from the knowledge only): the held reset button
/// that "does nothing" after a light told before (dark, not "no change"), a camera that "kept dropping off" (the
/// network, not the light), "straight after that" (what follows comes next), and the internet "is work again" in
/// the sentence that said it was not working.
@Suite struct TextParserBatch23FamiliesVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "it used to flash red. holding the button does nothing",
            "dev=? ctx=holding-reset : red:blink:_:_:_:_:past none:off:_:_:_:_:_"),
        TextCase(
            "it blinks red all day, unplugging it did nothing", "dev=? ctx=power-cycle : red:blink:_:_:hours:_:_"),
        TextCase(
            "I reset it because it kept dropping off, and now it will not stop flashing red",
            "dev=? ctx=after-reset : red:blink:_:_:continuous:_:_"),
        TextCase(
            "21:02 blue light on, 21:02:20 blue off, straight after that 6 red blinks",
            "dev=? ctx=- : blue:solid:_:_:seconds=20:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "Internet was not working in the morning, now it is work again but the camera still blink red.",
            "dev=? ctx=internet-restored : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
