import Testing

@testable import LEDInput

/// A light, an arrow, "off", then the next light ("rec LED -> off, then red x6"): the light named went off
/// and the next one followed, as "blue off, then red" reads; no darkness of its own in between. At the end
/// of the description the darkness stays ("blue -> off, then nothing").
@Suite struct TextParserArrowOffVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Outdoor 4 porch, after each clip: rec LED -> off, then red x6 fast.",
            "dev=outdoor-4 ctx=recording : blue:solid:_:_:_:_:_ red:blink:6:fast:_:_:_"),
        TextCase("XT2 log: blue -> off, then red flash x5", "dev=xt2 ctx=- : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        TextCase("blue -> off, then nothing", "dev=? ctx=- : blue:solid:_:_:_:_:_ none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
