import Testing

@testable import LEDInput

/// Learners' "finish" for an end: a light that does "not finish" or "never finish" goes on.
@Suite struct TextParserNotFinishVoiceTests {
    @Test(arguments: [
        ("Indoor: red blinking, not finish", "dev=indoor ctx=- : red:blink:_:_:continuous:_:_"),
        ("my Mini blink red and never finish", "dev=mini ctx=- : red:blink:_:_:continuous:_:_"),
    ])
    func reads(_ text: String, _ canonical: String) {
        #expect(TextParserFixtures.canonical(of: TextCase(text, canonical)) == canonical)
    }
}
