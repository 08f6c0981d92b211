import Testing

@testable import LEDInput

/// "one" before a colour that picks one of several lights ("two lights, one blue that blinks and a green one
/// that stays on", "one blue blinking, one green steady", "one blue, the other green") is which light, not a
/// count of one pulse; "one blue flash" alone is still one.
@Suite struct TextParserEnumeratedLightsVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "My father's Sync Module 2 has two lights, one blue that blinks and a green one that stays on.",
            "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase(
            "Sync Module 2: one blue blinking, one green steady",
            "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase("Mini: one blue flash then dark", "dev=mini ctx=- : blue:blink:1:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "Outdoor: one red blink and the other light off",
            "dev=outdoor ctx=- : red:blink:1:_:_:_:_ none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) throws {
        let parser = TextParserFixtures.separateLEDParser
        #expect(try parser.parse(testCase.input, device: testCase.device).canonical == testCase.canonical)
    }
}
