import Testing

@testable import LEDInput

/// A technician's passive-infrared sensor set off, "PIR trigger", "PIR triggered", "PIR event", "PIR hit":
/// motion.
@Suite struct TextParserPIRMotionVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Outdoor 4: PIR trigger -> LED blue solid ~10 s -> off",
            "dev=outdoor-4 ctx=motion : blue:solid:_:_:seconds=10:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "Indoor obs: PIR trigger -> LED blue solid ~15 s -> off.",
            "dev=indoor ctx=motion : blue:solid:_:_:seconds=15:_:_ none:off:_:_:_:_:_"),
        TextCase("XT2 PIR triggered: blue LED solid 20 s", "dev=xt2 ctx=motion : blue:solid:_:_:seconds=20:_:_"),
        TextCase(
            "Mini: PIR event, blue solid then off", "dev=mini ctx=motion : blue:solid:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("Outdoor: PIR hit -> blue LED ~5 s", "dev=outdoor ctx=motion : blue:solid:_:_:seconds=5:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
