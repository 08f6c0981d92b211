import Testing

@testable import LEDInput

/// A blink said to stop ("it stopped flashing", "the light stops blinking") is that colour going dark, as
/// "isn't flashing anymore" is; a lit light that "stopped flashing" stays lit.
@Suite struct TextParserStoppedBlinkingVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "after the router swap the camera flashed red for a bit, then it stopped flashing",
            "dev=? ctx=network-change : red:blink:_:_:_:_:_ red:off:_:_:_:_:_"),
        TextCase(
            "8:10 put the batteries back, 8:11 red blinking, 8:12 the light stops blinking and the app is happy",
            "dev=? ctx=power-cycle : red:blink:_:_:minute=60:_:_ red:off:_:_:_:_:_"),
        TextCase(
            "during setup the ring went solid red and stopped blinking", "dev=? ctx=setup : red:solid:_:_:_:_:_"),
        // Negated, it never stopped: still the long blink.
        TextCase(
            "the red light hasn't stopped flashing since the reset",
            "dev=? ctx=after-reset : red:blink:_:_:continuous:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
