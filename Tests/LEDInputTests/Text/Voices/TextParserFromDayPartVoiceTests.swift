import Testing

@testable import LEDInput

/// "From" a part of the day, as many owners say "since" ("from morning itself", "from today morning", "from the
/// evening"), is how long the light has done it: hours, as "since this morning" is.
@Suite struct TextParserFromDayPartVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Sir, my Doorbell is blinking red from morning itself, kindly help",
            "dev=doorbell ctx=- : red:blink:_:_:hours:_:_"),
        TextCase("Mini 2 solid blue from today morning, no change", "dev=mini-2 ctx=- : blue:solid:_:_:hours:_:_"),
        TextCase("from the evening the XT is flashing red", "dev=xt ctx=- : red:blink:_:_:hours:_:_"),
        TextCase("red light blinking since afternoon itself", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
