import Testing

@testable import LEDInput

/// The recording light named after the light is told ("… then off. Is this simply the recording
/// indicator?", "that's the recording light I guess") is the owner naming what they saw, not a second light
/// or the recording situation. Said as a time ("red after the recording light") or with what it does, it is
/// read as before.
@Suite struct TextParserLightNamingVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "When someone comes up the path the light goes steady blue for ten seconds, then off. Is that the "
                + "recording light?",
            "dev=? ctx=motion : blue:solid:_:_:seconds=10:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "solid blue 15 s then dark - thats the recording light i guess",
            "dev=? ctx=- : blue:solid:_:_:seconds=15:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "My mum says it shines blue for a bit and goes out. Must be the rec light?",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("red x6 after the recording light", "dev=? ctx=recording : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "solid blue, then off. is that the recording light blinking?",
            "dev=? ctx=recording : blue:solid:_:_:_:_:_ none:off:_:_:_:_:_ blue:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
