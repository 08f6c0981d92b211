import Testing

@testable import LEDInput

/// Vague lengths said as a share of a day ("for most of the evening", "the better part of the morning",
/// "throughout the night", "half a day": hours) or as "a good …" ("a good while", "quite a while": minutes,
/// as "for a while"; "a good hour": hours; "a good few minutes": minutes, not a count).
@Suite struct TextParserVagueSpanVoiceTests {
    static let cases: [TextCase] = [
        TextCase("the Mini flashed red for most of the evening", "dev=mini ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "my wife reckons it sat on solid blue the better part of the morning",
            "dev=? ctx=- : blue:solid:_:_:hours:_:_"),
        TextCase("red blinkin throughout the night", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase("It has been flashing blue for quite a while.", "dev=? ctx=- : blue:blink:_:_:minutes:_:_"),
        TextCase(
            "solid red for a good few minutes, then dark",
            "dev=? ctx=- : red:solid:_:_:minutes:_:_ none:off:_:_:_:_:_"),
        TextCase("the XT2 blinked red for a good hour", "dev=xt2 ctx=- : red:blink:_:_:hours:_:_"),
        // "a good few" before a count word stays a count.
        TextCase("it blinked red a good few times", "dev=? ctx=- : red:blink:few:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
