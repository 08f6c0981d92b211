import Testing

@testable import LEDInput

/// "first green, then blue, then both together": a clause after "then" that only says "both" is a step of its
/// own, every colour so far lit together, doing what the light before did. "both" inside a light's clause ("red
/// and blue flashing, both together") still only says they are lit at once.
@Suite struct TextParserBothThenVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "XR after unplugging: first green, then blue, then both together",
            device: "sync-module-xr",
            "dev=sync-module-xr ctx=power-cycle : green:solid:_:_:_:_:_ blue:solid:_:_:_:_:_ blue-green:solid:_:_:_:_:_"
        ),
        TextCase(
            "my sync module: green first, then the blue, then both", device: "sync-module",
            "dev=sync-module ctx=- : green:solid:_:_:_:_:_ blue:solid:_:_:_:_:_ blue-green:solid:_:_:_:_:_"),
        TextCase(
            "blue blinking, then green blinking, then both",
            "dev=? ctx=- : blue:blink:_:_:_:_:_ green:blink:_:_:_:_:_ blue-green:blink:_:_:_:_:_"),
        TextCase("red and blue flashing, both together", "dev=? ctx=- : blue-red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
