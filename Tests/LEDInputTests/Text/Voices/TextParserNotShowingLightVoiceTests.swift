import Testing

@testable import LEDInput

/// "is not showing any light", "wasn't giving any light", "aren't making any light", "light not coming", "not
/// doing nothing": no light (the "is not" was read first, as a negation of nothing, and the text had no light at
/// all); a technician's "rec end" / "clip end" is the end of a recording.
@Suite struct TextParserNotShowingLightVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "The doorbell, after I changed the batteries, is not showing any light, and the app says offline.",
            "dev=doorbell ctx=app-offline,new-batteries : none:off:_:_:_:_:_"),
        TextCase("the Mini isn't showing any light", "dev=mini ctx=- : none:off:_:_:_:_:_"),
        TextCase("my Indoor wasn't giving any light at all", "dev=indoor ctx=- : none:off:_:_:_:_:_"),
        TextCase("Unit XT2-07: rec end -> R x6. Cells 2y.", "dev=xt2 ctx=recording : red:blink:6:_:_:_:_"),
        TextCase("XT2 at clip end: red x5", "dev=xt2 ctx=recording : red:blink:5:_:_:_:_"),
        // a light that does not come, no colour named
        TextCase(
            "Light not coming at all since I change the batteries, I try 2 times.",
            "dev=? ctx=new-batteries : none:off:_:_:_:_:_"),
        // learners' double negation
        TextCase(
            "When I am put the batteries the doorbell light is not doing nothing.",
            "dev=doorbell ctx=new-batteries : none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
