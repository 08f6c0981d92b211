import Testing

@testable import LEDInput

/// Lengths said without a number: a unit after a vague count ("few s", "several mins", "a couple hrs") and a
/// plural unit alone where a length is told ("been hrs", "for days", "hours now"). "within seconds" says when,
/// and "every few s" stays a period.
@Suite struct TextParserVagueUnitVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "XT2 flashin red since wifi came back, been hrs",
            "dev=xt2 ctx=internet-restored : red:blink:_:_:hours:_:_"),
        TextCase("SM re-plugged: blue only, steady, few s.", "dev=? ctx=power-cycle : blue:solid:_:_:seconds:_:_"),
        TextCase("Mini 2 R blink, hours now", "dev=mini-2 ctx=- : red:blink:_:_:hours:_:_"),
        TextCase("solid red several mins after reset", "dev=? ctx=after-reset : red:solid:_:_:minutes:_:_"),
        TextCase("its been blinking blue for days", "dev=? ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase("it went red within seconds", "dev=? ctx=- : red:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
