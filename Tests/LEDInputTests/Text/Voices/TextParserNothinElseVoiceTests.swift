import Testing

@testable import LEDInput

/// "nothin else", "nuthin else" as slang writes "nothing else": nothing more to tell, not a light gone dark.
@Suite struct TextParserNothinElseVoiceTests {
    static let cases: [TextCase] = [
        TextCase("Sync Module XR just solid blu nothin else", "dev=sync-module-xr ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("doorbell blinkin red, nuthin else", "dev=doorbell ctx=- : red:blink:_:_:_:_:_"),
        TextCase("mini: nothin, dead", "dev=mini ctx=- : none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
