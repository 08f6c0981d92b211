import Testing

@testable import LEDInput

/// A colour's relative clause saying it is "fixed", as learners write steady ("the green which is fixed", "a red
/// that stays fixed"), is solid; "the problem is fixed" says nothing of the light.
@Suite struct TextParserRelativeFixedVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "My Sync Module 2 have the blue which blinks and the green which is fixed",
            "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase("the camera Mini have a red that stays fixed", "dev=mini ctx=- : red:solid:_:_:_:_:_"),
        TextCase("the problem is fixed, now it blinks blue", "dev=? ctx=- : blue:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
