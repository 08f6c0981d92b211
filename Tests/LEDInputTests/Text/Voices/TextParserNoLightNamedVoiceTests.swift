import Testing

@testable import LEDInput

/// Texts that name no light: an end or an "on" said of something else ("my free trial ended", "the motion
/// zone setting is gone", "can't find the option on the app") is no dark light, nor is saying it is not about
/// the light ("Nothing to do with lights", "not a light question"). With a light named, the same words still
/// read as the light going dark.
@Suite struct TextParserNoLightNamedVoiceTests {
    static let notLight = [
        "My free trial ended last week, can I still download my old clips?",
        "The motion zone setting is gone since the update, how do I get it back?",
        "Hi, I can't find the privacy mask option on the app anymore. Not a light question.",
        "Quick one, nothing to do with the LED: the siren stopped working after the update.",
        "Cloud storage ran out and recording stopped, how do I free up space?",
        "Live view session ended after about 20 seconds again",
        "cust request: extend clip length to 60s on all cams, no LED issue.",
        "My Outdoor 4 make the pictures very dark in night, worse than before. How I can fix?",
    ]

    @Test(arguments: notLight)
    func readsNoLight(_ text: String) {
        #expect(throws: ObservationParseError.self) {
            _ = try TextParserFixtures.parser.parse(text)
        }
    }

    static let cases: [TextCase] = [
        TextCase("the light went off after the update", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("the camera stopped working and no light on it", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("held reset on the Mini, nothing", "dev=mini ctx=holding-reset : none:off:_:_:_:_:_"),
        // "fix" as a repair, a quick message and a Blink owner are not the light
        TextCase("red flash. Is that something I need to fix?", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "Hello there, a quick question from a first-time Blink owner. The camera gives a short red flash.",
            "dev=? ctx=- : red:blink:1:_:brief:_:_"),
        // a learner's "fix" is still a steady light
        TextCase(
            "Sync Module 2 have the blue light fix and the green light is blinking", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        // "and now" opens a clause of its own: the red was lit, then the light went off
        TextCase("it was red and now it's off", "dev=? ctx=- : red:solid:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("it turned red and now its dark", "dev=? ctx=- : red:solid:_:_:_:_:_ none:off:_:_:_:_:_"),
        // a learner's "not light" is not lit
        TextCase("the lamp of my mini is not light since yesterday", "dev=mini ctx=- : none:off:_:_:hours:_:_"),
        // someone who "went out to check" is not a light going out
        TextCase(
            "Notification: Front Door camera is offline. Went out to check, the Outdoor 4 is flashing red non-stop.",
            "dev=outdoor-4 ctx=app-offline : red:blink:_:_:continuous:_:_"),
        // a router's setting described and "nothing works" are not the light
        TextCase(
            "mini 2k+ after reset wont stop blinkin red, router got smart connect on",
            "dev=mini-2k-plus ctx=after-reset : red:blink:_:_:continuous:_:_"),
        TextCase("the mini is just sittin on solid red, nothin works", "dev=mini ctx=- : red:solid:_:_:_:_:_"),
        TextCase("my Mini never showed any light", "dev=mini ctx=- : none:off:_:_:_:_:_"),
        // a setup told as done some time ago is no setup now; how often the owner tried is no count
        TextCase("VDB set up last wk. LED: off, no light at all.", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase(
            "I reset it and its light has been plain blue since Saturday, without a single blink. "
                + "I have tried the whole procedure twice now.",
            "dev=? ctx=after-reset : blue:solid:_:_:hours:_:noblink"),
        // clips that record fine, and the app's offline message gone, are no situation
        TextCase(
            "App says the doorbell is online and clips record fine; the LED just stays off.",
            "dev=doorbell ctx=- : none:off:_:_:_:_:_"),
        TextCase(
            "Internet is back and the app no longer says offline for the other cameras, yet the XT keeps blinking red.",
            "dev=xt ctx=internet-restored : red:blink:_:_:continuous:_:_"),
        // a cat crossing the patio is motion; "a split sec" is brief
        TextCase(
            "23:41 the XT2 went solid blue for about 20 s while the neighbour's cat crossed the patio.",
            "dev=xt2 ctx=motion : blue:solid:_:_:seconds=20:_:_"),
        TextCase(
            "xt2 bilnks red for like a split sec wen i walk past it lol", "dev=xt2 ctx=motion : red:blink:_:_:brief:_:_"
        ),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
