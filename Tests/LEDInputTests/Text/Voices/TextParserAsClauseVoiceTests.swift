import Testing

@testable import LEDInput

/// "as" opening a clause whose light ends is "when": the light that ends came first ("flashed red five times
/// as the blue went out"), and the steady light said again as it ends is that light ending. "as expected" is
/// the owner's aside, not what the light should do.
@Suite struct TextParserAsClauseVoiceTests {
    static let cases: [TextCase] = [
        // app message mixed in
        TextCase(
            "Push notification 'Motion detected - Kitchen'. The Indoor lit blue for the clip, then flashed red five "
                + "times as the blue went out.",
            "dev=indoor ctx=motion,recording : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        // terse
        TextCase(
            "XT2: red x6 as the recording light goes off",
            "dev=xt2 ctx=recording : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        // slang
        TextCase(
            "outdoor 4 flashes red like 6 times as the blue light goes off",
            "dev=outdoor-4 ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        // "as expected"
        TextCase("as expected the mini is solid blue", "dev=mini ctx=- : blue:solid:_:_:_:_:_"),
        // "as" right before someone who moves is "when"; "as" for "because" is not
        TextCase(
            "the blue light on the Indoor came on as my son walked in",
            "dev=indoor ctx=motion : blue:solid:_:_:_:_:_"),
        TextCase(
            "I changed the password, as the neighbours had been using it. red blinking",
            "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase("as my son says, it blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
