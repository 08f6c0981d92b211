import Testing

@testable import LEDInput

/// Entering the Wi-Fi password again ("re-entered", "retyped") is a change of network settings, not a first setup.
@Suite struct TextParserReenteredPasswordVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "I re-entered the wifi password on the Sync Module and now it is solid red",
            "dev=sync-module ctx=network-change : red:solid:_:_:_:_:_"),
        TextCase(
            "after I retyped the wifi password the Sync Module blinks blue with solid green",
            "dev=sync-module ctx=network-change : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
