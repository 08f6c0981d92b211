import Testing

@testable import LEDInput

/// Situations told in passing, in the voices of the held-out style: someone moving without a "when"
/// ("a courier came up the path"), an internet outage told in the past ("we had no internet for a day"),
/// the app's own words in quotes ("the app has said 'Connecting'"), and the device an app message names.
@Suite struct TextParserSituationVoiceTests {
    static let cases: [TextCase] = [
        // A mover, then a move right after it: motion, in any clause.
        TextCase(
            "a courier came up the path at noon: a few red blinks and then it went dark",
            "dev=? ctx=motion : red:blink:few:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "the dog was runnin by and it went red like seven times, then dark",
            "dev=? ctx=motion : red:blink:7:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "a fox crossed the garden at 2am and the XT gave three red blinks",
            "dev=xt ctx=motion : red:blink:3:_:_:_:_"),
        // A negation that reaches the blink naming the pairing mode negates the mode.
        TextCase(
            "after the reset it never reached the flashing pairing mode, the light just stays green",
            "dev=? ctx=after-reset,no-pairing-mode : green:solid:_:_:_:_:_"),
        TextCase(
            "it did not enter the blinking pairing mode; solid blue", "dev=? ctx=no-pairing-mode : blue:solid:_:_:_:_:_"
        ),
        // A router's bands described are no network change; turned off, they are.
        TextCase(
            "factory reset the XT2, red flashing ever since; the mesh runs 2.4 and 5 GHz under one name",
            "dev=xt2 ctx=after-reset : red:blink:_:_:continuous:_:_"),
        TextCase(
            "we disabled the 5 GHz band and it blinked red", "dev=? ctx=network-change : red:blink:_:_:_:_:_"
        ),
        // Nothing added yet is neither setup nor a dark light.
        TextCase(
            "after the factory reset the Sync Module 2 shows blue blinking and green steady; nothing added back so far",
            "dev=sync-module-2 ctx=after-reset : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        // Batteries changed in a month named are a date long past, not new batteries now.
        TextCase(
            "we swapped the batteries in October; now it blinks red for hours on end",
            "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        // The device back online is no internet restored; the fibre back online is.
        TextCase(
            "new router today: red flashing for a minute, then dark, and the Mini was back online",
            "dev=mini ctx=network-change : red:blink:_:_:minute:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "the fiber came back online at noon and the XT still blinks red",
            "dev=xt ctx=internet-restored : red:blink:_:_:_:_:_"),
        // A person who does not move past the camera, or a place alone, is no motion.
        TextCase("my son fitted it, it blinks red three times", "dev=? ctx=- : red:blink:3:_:_:_:_"),
        TextCase(
            "someone is at the front door, blue blue, then dark",
            "dev=? ctx=- : blue:blink:2:_:_:_:_ none:off:_:_:_:_:_"),
        // An outage told in the past is over.
        TextCase(
            "we had no internet for a day; now it's back, and the red light blinks constantly",
            "dev=? ctx=internet-restored : red:blink:_:_:continuous:_:_"),
        TextCase(
            "the line was dead; since it came back it is winking red every few seconds",
            "dev=? ctx=internet-restored : red:blink:_:slow:_:_:_"),
        TextCase(
            "internet's working again, the light remains solid red", "dev=? ctx=internet-restored : red:solid:_:_:_:_:_"
        ),
        TextCase("the line is dead and the light is blinking red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        // The app's words during setup, quoted or not.
        TextCase(
            "I am add the camera in the app now, the red light is blinking and the app is still say connecting",
            "dev=? ctx=setup : red:blink:_:_:_:_:_"),
        TextCase(
            "the app has said 'Connecting' for five minutes and the red light has been flashing the entire time",
            "dev=? ctx=setup : red:blink:_:_:minutes=300:_:_"),
        TextCase(
            "onboarding: red blinking nonstop, app stuck on “connecting”",
            "dev=? ctx=setup : red:blink:_:_:continuous:_:_"),
        // What the app expects is still not what the light does, and a closing quote still ends it.
        TextCase(
            "App says \"Hold the reset button until the light flashes\" - it is going red blue red blue while I "
                + "hold it",
            "dev=? ctx=holding-reset : blue-red:alt:_:_:_:_:_"),
        // The device an app message names is the device.
        TextCase(
            "the app says 'Outdoor 4 is offline', red light flashing",
            "dev=outdoor-4 ctx=app-offline : red:blink:_:_:_:_:_"),
        // Glasses off are not the light; a broadband password changed is a network change.
        TextCase(
            "it blinks red after it finishes recording, 5 or 6 times, she can't keep count with her glasses off",
            "dev=? ctx=recording : red:blink:5-6:_:_:_:_"),
        TextCase(
            "the Sync Module has been glowing red since he changed the broadband password",
            "dev=sync-module ctx=network-change : red:solid:_:_:_:_:_"),
        // The app's screen names the device; its failure message is setup; the mains going off and on.
        TextCase(
            "the app is sitting on the Add Sync Module 2 screen, blue blinking, green steady",
            "dev=sync-module-2 ctx=setup : blue:blink:_:_:_:_:_ green:solid:_:_:_:_:_"),
        TextCase(
            "second attempt in the app ended with 'We couldn't finish setup'; the ring now glows red, not flashing.",
            "dev=? ctx=setup : red:solid:_:_:_:_:noblink"),
        TextCase(
            "solid red for 4ish hrs now, ever since the electric went off n on",
            "dev=? ctx=power-cycle : red:solid:_:_:hours=14400:_:_"),
        // One light said twice at once is one light; non-native words for new batteries and the router.
        TextCase(
            "I change batteries to new ones, after it blink red and blink red, already three hours",
            "dev=? ctx=new-batteries : red:blink:_:_:hours=10800:_:_"),
        TextCase(
            "the light red is fixed since she change the box internet", "dev=? ctx=network-change : red:solid:_:_:_:_:_"
        ),
        TextCase(
            "Nothing happens, the LED stays completely dark. The batteries are new from the shop.",
            "dev=? ctx=new-batteries : none:off:_:_:_:_:_"),
        // someone walking up, told without "when"
        TextCase(
            "the Outdoor 4 gave six little red blinks right after it finished recording him walking up the drive",
            "dev=outdoor-4 ctx=motion,recording : red:blink:6:_:_:_:_"),
        // "entered pairing" is the mode: negated, it never came.
        TextCase(
            "OD4 post factory rst: LED blue solid, no blink, 90+ min. never entered pairing.",
            "dev=? ctx=after-reset,no-pairing-mode : blue:solid:_:_:hours=5400:_:noblink"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
