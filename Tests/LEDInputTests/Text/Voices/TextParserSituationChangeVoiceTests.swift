import Testing

@testable import LEDInput

/// A state, then a clause that opens with "after" and a situation that changes the light, then "now": the
/// state before is what the light used to do ("sat on solid red the whole evening; after I swapped in new
/// batteries, it now blinks blue"). Holding the reset button and letting go is one story, not a change. A
/// sentence that opens with "before" and a clause that opens with "after it", "after the update" or
/// "afterwards" tell a change too (not "after ten seconds", which goes on with the story); letting go of the
/// reset button told that way is after the reset. So does a light "until" a change with no light of its own,
/// then "now" or "since then" ("It was solid blue until I moved it. Now …"), but not "until it went solid blue" or
/// "until about 02:51", which go on with the story.
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
            "Before the firmware update the light stayed off; after it, the red LED blinks.",
            "dev=? ctx=- : none:off:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "Before the move the Mini was solid blue; afterwards it blinks red.",
            "dev=mini ctx=- : blue:solid:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "Before I let go of the reset button the Indoor flashed red and blue; after I let go it switched to a "
                + "slow blue blink.",
            "dev=indoor ctx=after-reset,holding-reset : blue-red:alt:_:_:_:_:past blue:blink:_:slow:_:_:_"),
        TextCase(
            "It was solid blue until I moved it. Now it blinks red.",
            "dev=? ctx=- : blue:solid:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "The light was off until I changed the password, since then it blinks red.",
            "dev=? ctx=network-change : none:off:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "it blinked red until it went solid blue, now it's off",
            "dev=? ctx=- : red:blink:_:_:_:_:_ blue:solid:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "it blinked red until about 02:51, since then normal with no light",
            "dev=? ctx=- : red:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "held the reset button and it flashed red; after the reset it now blinks blue slowly",
            "dev=? ctx=holding-reset : red:blink:_:_:_:_:_ blue:blink:_:slow:_:_:_"),
        // "before" someone did something, then "now" in that sentence; not "before it reconnected. … now"
        TextCase(
            "it was solid blue before we changed the router, now it blinks red",
            "dev=? ctx=network-change : blue:solid:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "its light flashed red for a bit before it reconnected. Everything works now.",
            "dev=? ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
