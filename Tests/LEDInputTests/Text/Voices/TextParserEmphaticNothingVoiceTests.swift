import Testing

@testable import LEDInput

/// "no nothing" closing a list of denials after a light is emphasis, not a dark light: "no green, no nothin",
/// "no flashing no nothing". Said with no light before it ("no lite, no nothin") it is still the dark.
@Suite struct TextParserEmphaticNothingVoiceTests {
    static let cases: [TextCase] = [
        TextCase("green solid, no blue, no nothing", "dev=? ctx=- : green:solid:_:_:_:_:_"),
        TextCase(
            "the ring is steady white no flashing no nothing", "dev=? ctx=- : white:solid:_:_:_:_:noblink"),
        TextCase("solid blue, no blinking, no nothing", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        TextCase(
            "my Sync Module XR just sits on blue, no green no nuthin",
            "dev=sync-module-xr ctx=- : blue:solid:_:_:_:_:_"),
        TextCase(
            "held reset on the Mini, no lite, no nothin", "dev=mini ctx=holding-reset : none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
