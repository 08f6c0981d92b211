import Testing

@testable import LEDInput

/// A closing "ever since" after a day named before ("we moved it this morning and it has blinked red ever
/// since") is a length of hours, as "since this morning" is; with no day named it stays a light without end.
@Suite struct TextParserClosingSinceVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "we moved it this morning and it has been blinking red ever since",
            "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "on Monday I changed the router and the xt2 has blinked red ever since, is that normal?",
            "dev=xt2 ctx=network-change : red:blink:_:_:hours:_:_"),
        TextCase(
            "my husband swapped the batteries last night and the doorbell has been solid red ever since",
            "dev=doorbell ctx=new-batteries : red:solid:_:_:hours:_:_"),
        TextCase(
            "it blinked red once and has been dark ever since",
            "dev=? ctx=- : red:blink:1:_:_:_:_ none:off:_:_:continuous:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
