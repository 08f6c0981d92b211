import Testing

@testable import LEDInput

/// A before-and-after told through the thing replaced: "Old router: … New router: …", "with the old batteries …;
/// with the new ones …", "On our old router … Since the new router …", and "prior to" for "before". What the light
/// did with the old thing is what it used to do (`past`); a past that was only "fine" or "normal" is no light.
@Suite struct TextParserOldNewThingVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Old router: the Outdoor 4 blinked red all evening. New router: it only lights blue when it records.",
            "dev=outdoor-4 ctx=network-change,recording : red:blink:_:_:hours:_:past blue:solid:_:_:_:_:_"),
        TextCase(
            "With the old batteries the XT2 flashed red five times after every clip; with the new ones it goes dark.",
            "dev=xt2 ctx=new-batteries,recording : red:blink:5:_:_:_:past none:off:_:_:_:_:_"),
        TextCase(
            "On our old router the Mini kept blinking red. Since the new router it is solid blue.",
            "dev=mini ctx=network-change : red:blink:_:_:continuous:_:past blue:solid:_:_:_:_:_"),
        TextCase(
            "old firmware: Indoor blinked red nonstop. new firmware: nothing, no light.",
            "dev=indoor ctx=- : red:blink:_:_:continuous:_:past none:off:_:_:_:_:_"),
        TextCase(
            "Old batteries: XT2 blinked red 5x after clips. New lithiums: just the blue light, then dark.",
            "dev=xt2 ctx=new-batteries,recording : red:blink:5:_:_:_:past blue:solid:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "Prior to the reset the Mini was solid blue. Since then it blinks blue slowly.",
            "dev=mini ctx=after-reset : blue:solid:_:_:_:_:past blue:blink:_:slow:_:_:_"),
        TextCase(
            "Before the router swap the Mini 2 was working fine. Since the swap it blinks red.",
            "dev=mini-2 ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "Before I changed the wifi password the Indoor was fine. Since then it blinks red.",
            "dev=indoor ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "With the old batteries the Doorbell stayed solid red during setup. With fresh ones it blinks red.",
            "dev=doorbell ctx=new-batteries,setup : red:solid:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "Before I swapped the router, the Mini 2 showed nothing. Right after, it blinked red for a minute.",
            "dev=mini-2 ctx=network-change : none:off:_:_:_:_:past red:blink:_:_:minute:_:_"),
        // "old" naming a device, with no change told: one light, now
        TextCase("The old camera in the garage blinks red.", "dev=? ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
