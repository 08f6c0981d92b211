import Testing

@testable import LEDInput

/// What the light used to do, then a clause told of now that gives only a new rhythm, count or pace ("it used
/// to blink red every 2 seconds; now it's down to twice a second"): the same light, doing it differently now,
/// not more about the old one. A clause of the past with only a rhythm, after the light now ("It blinks red
/// faster than before. It used to be once every 2 seconds"), is the old one.
@Suite struct TextParserChangedRhythmVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "it used to blink red every 2 seconds; now the Mini 2 is down to twice a second",
            "dev=mini-2 ctx=- : red:blink:_:slow:_:_:past red:blink:_:fast:_:_:_"),
        // Polite, with a situation between.
        TextCase(
            "Hello, my camera's red light used to flash slowly, about once every three seconds. Now, since the storm, "
                + "it is more like four times a second.",
            "dev=? ctx=- : red:blink:_:slow:_:_:past red:blink:_:fast:_:_:_"),
        // Second-hand, a count that changed.
        TextCase(
            "my wife says the blue light used to blink 3 times; now 6 times",
            "dev=? ctx=- : blue:blink:3:_:_:_:past blue:blink:6:_:_:_:_"),
        TextCase(
            "Previously the Outdoor flashed red 5 times after a clip, these days only twice",
            "dev=outdoor ctx=recording : red:blink:5:_:_:_:past red:blink:2:_:_:_:_"),
        // The comparison first, then the old pace.
        TextCase(
            "The XT blinks red much faster than before. It used to be about once every 2 seconds.",
            "dev=xt ctx=- : red:blink:_:slow:_:_:past red:blink:_:fast:_:_:_"),
        TextCase(
            "it used to blink blue slowly; now it does it quickly",
            "dev=? ctx=- : blue:blink:_:slow:_:_:past blue:blink:_:fast:_:_:_"),
        // Nothing changed: one light.
        TextCase("used to blink red slowly; now it is still slow", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
