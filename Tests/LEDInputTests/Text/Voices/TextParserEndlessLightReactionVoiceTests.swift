import Testing

@testable import LEDInput

/// A light said to go on without end, then "nothing" joined by "and" or a comma ("blinks red all the time and
/// ringing it does nothing", "keeps blinking red nonstop, pressing the button does nothing"): the nothing is the
/// reaction of something else, not darkness after the light. With "then", the darkness follows.
@Suite struct TextParserEndlessLightReactionVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "The doorbell used to blink blue when pressed; since I swapped its batteries it blinks red all the time "
                + "and ringing it does nothing.",
            "dev=doorbell ctx=new-batteries : blue:blink:_:_:_:_:past red:blink:_:_:continuous:_:_"),
        TextCase(
            "the red light blinks continuously and nothing happens when I press the button",
            "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase(
            "my mini keeps flashing red nonstop, the app does nothing",
            "dev=mini ctx=- : red:blink:_:_:continuous:_:_"),
        // Told with "then", the darkness follows.
        TextCase(
            "blinks red for ages and then goes dark", "dev=? ctx=- : red:blink:_:_:continuous:_:_ none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
