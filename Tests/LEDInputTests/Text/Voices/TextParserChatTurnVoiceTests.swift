import Testing

@testable import LEDInput

/// A chat written out as turns: a later speaker's light corrects the earlier one's (a leading "no" answers,
/// it denies no light); a question and an agreement ("ok yes solid") tell nothing new of the light. Headings
/// before a colon ("Note:", "Update:") and device names are no speakers.
@Suite struct TextParserChatTurnVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Kim: the XT2 flashed blue when the van pulled up. Raj: no it was red not blue, three quick flashes",
            "dev=xt2 ctx=motion : red:blink:3:fast:_:_:_"),
        TextCase(
            "Jo: Mini is blinking red. Sam: it's not blinking, it's solid red. Jo: ok yes solid",
            "dev=mini ctx=- : red:solid:_:_:_:_:noblink"),
        TextCase(
            "me: is the XT light blinking? him: ya solid blue, no blink", "dev=xt ctx=- : blue:solid:_:_:_:_:noblink"),
        TextCase(
            "Agent: What does the Mini show? Customer: Just a red light, it doesn't blink. "
                + "Agent: Any green? Customer: No.",
            "dev=mini ctx=- : red:solid:_:_:_:_:noblink"),
        // What was said of the corrected light goes with it ("took a minute").
        TextCase(
            "Vic: the Mini's red light went solid after the reset, took a minute. "
                + "Wes: no, it's blinking red, 10 minutes",
            "dev=mini ctx=after-reset : red:blink:_:_:minutes=600:_:_"),
        TextCase(
            "Note: red blinking. Update: now solid blue", "dev=? ctx=- : red:blink:_:_:_:_:_ blue:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
