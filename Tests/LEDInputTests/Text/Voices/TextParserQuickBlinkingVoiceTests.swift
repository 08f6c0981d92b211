import Testing

@testable import LEDInput

/// "real quick" after a light told as blinking on and on ("blinkin red n blue real quick") is how fast it blinks, as
/// after a count ("red red red real quick"); after a single flash ("it flashed red real quick") it stays how long
/// that flash lasted. A second colour whose only word is how fast ("blinking red and blue fast") joins the first
/// colour's blinking — they alternate — instead of being a second light at the same time; a steady light and a
/// fast one stay two ("blue solid and green fast" on a Sync Module).
@Suite struct TextParserQuickBlinkingVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "2k+ blinkin red n blue real quick while im holdin da reset",
            "dev=? ctx=holding-reset : blue-red:alt:_:fast:_:_:_"),
        TextCase("blinking red really quick", "dev=? ctx=- : red:blink:_:fast:_:_:_"),
        TextCase("it flashed red real quick", "dev=? ctx=- : red:blink:_:_:brief:_:_"),
        TextCase("blinking red and blue fast", "dev=? ctx=- : blue-red:alt:_:fast:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test func aSteadyLightAndAFastOneStayTwo() throws {
        let parser = TextParserFixtures.separateLEDParser
        #expect(
            try parser.parse("Sync Module: blue solid and green fast", device: nil).canonical
                == "dev=sync-module ctx=- : blue:solid:_:_:_:_:_&green:blink:_:fast:_:_:_")
    }
}
