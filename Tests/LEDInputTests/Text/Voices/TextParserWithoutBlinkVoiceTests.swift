import Testing

@testable import LEDInput

/// A colour said "without blink(ing)" beside a blinking one is a steady light of its own, not a second colour
/// of the blink: "blue blinking and green without blinking", "the green one is standing on without blink"
/// (learners' "without blink" reads as "without blinking", not as a denied blink that leaves the light dark).
@Suite struct TextParserWithoutBlinkVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "blue blinking and green without blinking", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:noblink"),
        TextCase(
            "The blue one makes blink-blink, the green one is standing on without blink.", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:noblink"),
        TextCase(
            "green is on without any flash and blue keeps blinking", device: "sync-module",
            "dev=sync-module ctx=- : blue:blink:_:_:continuous:_:_&green:solid:_:_:_:_:noblink"),
        TextCase("red light without flash, steady", "dev=? ctx=- : red:solid:_:_:_:_:noblink"),
        // A blink denied with a verb still leaves that light dark.
        TextCase("it doesn't flash red", "dev=? ctx=- : red:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) throws {
        #expect(
            try TextParserFixtures.separateLEDParser.parse(testCase.input, device: testCase.device).canonical
                == testCase.canonical)
    }
}
