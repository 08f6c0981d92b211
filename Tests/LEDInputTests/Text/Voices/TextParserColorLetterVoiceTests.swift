import Testing

@testable import LEDInput

/// A technician's shorthand names the colours by their capital letters ("R blink cont.", "solid R",
/// "R x5", "alt R/B", "G + B lit"); a capital letter away from any word about the light stays a word
/// ("unit B", "plan B", "802.11 B/G/N", shouted "LIGHTS R BLINKING").
@Suite struct TextParserColorLetterVoiceTests {
    static let cases: [TextCase] = [
        TextCase("Doorbell: G solid, no blink", "dev=doorbell ctx=- : green:solid:_:_:_:_:noblink"),
        TextCase("cam 3 - R flashing fast after the chime", "dev=? ctx=- : red:blink:_:fast:_:_:_"),
        TextCase("Outdoor 4 shows B + G lit", "dev=outdoor-4 ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase("XT2: blinking R x6 after clip", "dev=xt2 ctx=recording : red:blink:6:_:_:_:_"),
        TextCase("XT R flashes ×5 when motion", "dev=xt ctx=motion : red:blink:5:_:_:_:_"),
        TextCase(
            "Mini - alt B/R while holding the reset button", "dev=mini ctx=holding-reset : blue-red:alt:_:_:_:_:_"),
        // (this parser is not told that the Sync Module's two LEDs are separate)
        TextCase(
            "Sync Module 2: B blinking, G solid", "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_ green:solid:_:_:_:_:_"
        ),
        TextCase(
            "Indoor: solid B ~5 s then off, no R",
            "dev=indoor ctx=- : blue:solid:_:_:seconds=5:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "took batts out: R/B flash approx 10 s then off",
            "dev=? ctx=power-cycle : blue-red:alt:_:_:seconds=10:_:_ none:off:_:_:_:_:_"),
        TextCase("R and B flashing together", "dev=? ctx=- : blue-red:blink:_:_:_:_:_"),
        // Letters that are no colour.
        TextCase("Unit B kitchen: Mini solid blue", "dev=mini ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("802.11 B/G/N router, the Mini is solid green", "dev=mini ctx=- : green:solid:_:_:_:_:_"),
        TextCase("plan B was a reset, now blinking red", "dev=? ctx=after-reset : red:blink:_:_:_:_:_"),
        TextCase("LIGHTS R BLINKING RED", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("Mini 2: R fast blink during setup 4 min", "dev=mini-2 ctx=setup : red:blink:_:fast:minutes=240:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
