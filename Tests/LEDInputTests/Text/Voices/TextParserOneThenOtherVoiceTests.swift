import Testing

@testable import LEDInput

/// Two colours lit "one then the other" take turns, as "alternating" says: "red and blue, one then the other",
/// "now one now the other", "one other one other", "one at a time"; in learners' words "one and other", "in
/// alternance"; in chat "they take turns", "ping-ponging".
@Suite struct TextParserOneThenOtherVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "while I hold the reset the Mini goes red and blue, one then the other",
            "dev=mini ctx=holding-reset : blue-red:alt:_:_:_:_:_"),
        TextCase("red n blue now one now the other", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("the lamp is red blue, one other one other", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("blinking one at a time, red and blue", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase(
            "my camera Mini is with the light red and blue, one and other, one and other",
            "dev=mini ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("the light is red and blue in alternance", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("red and blue take turns on the xt2", "dev=xt2 ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("mini led ping-ponging red n blue lol", "dev=mini ctx=- : blue-red:alt:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
