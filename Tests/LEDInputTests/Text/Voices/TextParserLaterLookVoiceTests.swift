import Testing

@testable import LEDInput

/// A later look, told by the one who looked ("my wife says it blinked red, but when I checked it was solid blue",
/// "by the time I got home it was dark"): what was seen then comes after what was told before it — not before,
/// as a light in a "when" clause does ("red x6 when the blue goes off").
@Suite struct TextParserLaterLookVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "My wife says it was blinking red, but when I checked it was solid blue.",
            "dev=? ctx=- : red:blink:_:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase(
            "The kids said the doorbell was flashing red all morning; by the time I got home it was dark.",
            "dev=doorbell ctx=- : red:blink:_:_:hours:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "it was blinking red, but when we got back it was solid blue",
            "dev=? ctx=- : red:blink:_:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase("red x6 when the blue goes off", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
