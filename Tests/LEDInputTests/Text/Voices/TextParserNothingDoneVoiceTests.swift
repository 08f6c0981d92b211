import Testing

@testable import LEDInput

/// A situation denied with "nothing" or "nobody" as its subject ("Nothing has been reset or changed", "nobody
/// touched it", "no one has unplugged it"): neither that situation nor a dark light.
@Suite struct TextParserNothingDoneVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "The Outdoor 4 has been solid green since Monday. Nothing has been reset or changed.",
            "dev=outdoor-4 ctx=- : green:solid:_:_:hours:_:_"),
        TextCase("Mini blinking red, nobody reset it or touched it", "dev=mini ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "XT2 flashing red; no one has unplugged it and nothing was moved", "dev=xt2 ctx=- : red:blink:_:_:_:_:_"),
        TextCase("Indoor solid blue, nothing was changed", "dev=indoor ctx=- : blue:solid:_:_:_:_:_"),
        // "nothing" alone is still a dark light
        TextCase("Mini: nothing was blinking", "dev=mini ctx=- : none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
