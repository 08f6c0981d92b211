import Testing

@testable import LEDInput

/// A state, then a clause that opens with "after" and a situation that changes the light, then "now": the
/// state before is what the light used to do ("sat on solid red the whole evening; after I swapped in new
/// batteries, it now blinks blue"). Holding the reset button and letting go is one story, not a change.
@Suite struct TextParserSituationChangeVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "The Outdoor 4 sat on solid red the whole evening; after I swapped in new batteries, it now blinks "
                + "blue slowly.",
            "dev=outdoor-4 ctx=new-batteries : red:solid:_:_:hours:_:past blue:blink:_:slow:_:_:_"),
        TextCase(
            "The camera showed a steady blue for ages, after the Wi-Fi change it is now flashing red.",
            "dev=? ctx=network-change : blue:solid:_:_:continuous:_:past red:blink:_:_:_:_:_"),
        // A note of two halves, "Before …:" and "After:", is what the light used to do and what it does.
        TextCase(
            "Before the reset: solid red. After: blinking blue.",
            "dev=? ctx=after-reset : red:solid:_:_:_:_:past blue:blink:_:_:_:_:_"),
        TextCase(
            "Before new batteries: 6 red flashes after every clip. After: just the blue light.",
            "dev=? ctx=new-batteries,recording : red:blink:6:_:_:_:past blue:solid:_:_:_:_:_"),
        TextCase(
            "held the reset button and it flashed red; after the reset it now blinks blue slowly",
            "dev=? ctx=holding-reset : red:blink:_:_:_:_:_ blue:blink:_:slow:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
