import Testing

@testable import LEDInput

/// A setup screen's instruction ("Make sure the light is blinking blue") is what the app expects, not what
/// the light does; "it shows just that", followed by the light in the owner's own words, reads those words
/// once.
@Suite struct TextParserAppInstructionVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "The screen reads 'Make sure the light is flashing blue.' Ours is steady green and never flashes.",
            "dev=? ctx=- : green:solid:_:_:_:_:noblink"),
        TextCase(
            "add camera screen: make sure the LED is blinking blue; mine is solid blue",
            "dev=? ctx=setup : blue:solid:_:_:_:_:_"),
        TextCase(
            "The app wants the blue light blinking and the green on. Our Sync Module 2 shows just that: blue "
                + "flashing and green steady.",
            "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        // What someone says the light is "meant to" do is an expectation too.
        TextCase(
            "the ring blinks blue twice and goes dark; my wife says it is meant to stay on",
            "dev=? ctx=- : blue:blink:2:_:_:_:_ none:off:_:_:_:_:_"),
        // Told nothing more, "exactly that" is the light the app describes.
        TextCase(
            "the app says wait for the blinking blue light, and mine is doing exactly that",
            "dev=? ctx=- : blue:blink:_:_:_:_:_"),
        // What the app says ends at "and" when a subject of the owner's own follows: the camera's light is seen.
        TextCase("the app says hello and the camera blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "app says wait for blinking blue and steady green. mine is solid red", "dev=? ctx=- : red:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
