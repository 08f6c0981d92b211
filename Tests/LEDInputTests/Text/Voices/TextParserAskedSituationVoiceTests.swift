import Testing

@testable import LEDInput

/// A situation asked about or waited for is not the situation: setup as the next step ("do i just add it", "Is it
/// ready to be added again?", "ok to add it now?") and a guess put as a question, with a few words between
/// ("so it's pairing?", "is that just the camera recording?"). Setup tried or asked for by the app stays setup.
@Suite struct TextParserAskedSituationVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "blinkin blue slow, brand new outta the box, do i just add it", "dev=? ctx=- : blue:blink:_:slow:_:_:_"),
        TextCase(
            "The Mini 2 is blinking blue slowly. Is it ready to be added again?",
            "dev=mini-2 ctx=- : blue:blink:_:slow:_:_:_"),
        TextCase("solid blue and green, ok to add it now?", "dev=? ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase(
            "red blinking after the reset, so it's pairing?", "dev=? ctx=after-reset : red:blink:_:_:_:_:_"),
        TextCase(
            "blue light on for 20 seconds when the dog walks past, is that just the camera recording?",
            "dev=? ctx=motion : blue:solid:_:_:seconds=20:_:_"),
        TextCase("tried to add it, blinking red", "dev=? ctx=setup : red:blink:_:_:_:_:_"),
        TextCase("the app asks me to add it, blinking blue", "dev=? ctx=setup : blue:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
