import Testing

@testable import LEDInput

/// The span up to now is a length ("for the past hour", "the last few minutes", "the past couple of days"),
/// and "few" or "couple of" before a unit is a vague length of it, not a count; after "in" or "within" the
/// span says when ("a few times in the last hour"). "Nothing else lit" adds no light.
@Suite struct TextParserRecentSpanVoiceTests {
    static let cases: [TextCase] = [
        TextCase("the doorbell has blinked red for the past hour", "dev=doorbell ctx=- : red:blink:_:_:hours:_:_"),
        TextCase("solid blue the last few minutes", "dev=? ctx=- : blue:solid:_:_:minutes:_:_"),
        TextCase("red flashing the past couple of days", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase("it blinked red a few times in the last hour", "dev=? ctx=- : red:blink:few:_:_:_:_"),
        TextCase(
            "red light pulses, half a second on, half a second off. Nothing else is lit.",
            "dev=? ctx=- : red:blink:_:medium:_:0.5/0.5:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
