import Testing

@testable import LEDInput

/// A light that "joins" the one lit before ("green joins it", "the blue came on too") comes on beside it:
/// from then on both are lit, after the first alone — even when "and" joins the two clauses.
@Suite struct TextParserJoiningLightVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "plugged the Sync Module 2 back in: blue on its own at first, then the green joined in",
            "dev=sync-module-2 ctx=power-cycle : blue:solid:_:_:_:_:_ blue-green:solid:_:_:_:_:_"),
        TextCase(
            "on the Sync Module XR the green lit first and blue came on too after a bit",
            "dev=sync-module-xr ctx=- : green:solid:_:_:_:_:_ blue-green:solid:_:_:_:_:_"),
        TextCase(
            "Sync Module: steady blue, then the green one joins it and both stay lit",
            "dev=sync-module ctx=- : blue:solid:_:_:_:_:_ blue-green:solid:_:_:_:_:_"),
        TextCase(
            "once powered it lit green, and seconds later blue came on beside it",
            "dev=? ctx=- : green:solid:_:_:seconds:_:_ blue-green:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
