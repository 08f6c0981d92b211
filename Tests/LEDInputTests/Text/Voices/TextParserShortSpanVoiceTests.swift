import Testing

@testable import LEDInput

/// Short spans said loosely ("for a couple of secs", "a sec or two", "a second or so") are brief, as "a
/// couple of seconds" is.
@Suite struct TextParserShortSpanVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "it flashed red for a sec or two and then went dark",
            "dev=? ctx=- : red:blink:_:_:brief:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "my sync module 2 was solid blue for a couple of secs after I plugged it in",
            "dev=sync-module-2 ctx=power-cycle : blue:solid:_:_:brief:_:_"),
        TextCase(
            "Sync Module 2: steady blue for a sec or so, then blue and green",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:brief:_:_ blue-green:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
