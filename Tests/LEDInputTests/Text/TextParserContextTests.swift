import LEDCore
import Testing

@testable import LEDInput

extension TextParserCases {
    /// Every situation, with and without "after" / "when" / "while".
    static let contexts: [TextCase] = [
        TextCase("the LED is solid blue during setup", "dev=? ctx=setup : blue:solid:_:_:_:_:_"),
        TextCase("blinking blue while setting it up", "dev=? ctx=setup : blue:blink:_:_:_:_:_"),
        TextCase("flashes red after a factory reset", "dev=? ctx=after-reset : red:blink:_:_:_:_:_"),
        TextCase("solid green after resetting it", "dev=? ctx=after-reset : green:solid:_:_:_:_:_"),
        TextCase("once I reset it, blinks blue", "dev=? ctx=after-reset : blue:blink:_:_:_:_:_"),
        TextCase("I tried to reset it and now it blinks red", "dev=? ctx=after-reset : red:blink:_:_:_:_:_"),
        TextCase("red blinks while I hold the reset button", "dev=? ctx=holding-reset : red:blink:_:_:_:_:_"),
        TextCase("nothing when pressing the reset button", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        TextCase("after changing my wifi it blinks red", "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase("blinking red after I changed the wifi password", "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase("solid red after changing Wi-Fi", "dev=? ctx=network-change : red:solid:_:_:_:_:_"),
        TextCase("flashes blue on motion", "dev=? ctx=motion : blue:blink:_:_:_:_:_"),
        TextCase("red light when someone walks by", "dev=? ctx=motion : red:solid:_:_:_:_:_"),
        TextCase("blue light flashes when I wave at it", "dev=? ctx=motion : blue:blink:_:_:_:_:_"),
        TextCase("the blue recording light stays on", "dev=? ctx=recording : blue:solid:_:_:_:_:_"),
        TextCase("solid blue while recording", "dev=? ctx=recording : blue:solid:_:_:_:_:_"),
        TextCase("blinks red after recording", "dev=? ctx=recording : red:blink:_:_:_:_:_"),
        TextCase("red blinking after a power cycle", "dev=? ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase("red x3 after unplugging it", "dev=? ctx=power-cycle : red:blink:3:_:_:_:_"),
        TextCase("solid green after new batteries", "dev=? ctx=new-batteries : green:solid:_:_:_:_:_"),
        TextCase("blinking red after I put in new batteries", "dev=? ctx=new-batteries : red:blink:_:_:_:_:_"),
        TextCase("the app says offline and the light is blinking red", "dev=? ctx=app-offline : red:blink:_:_:_:_:_"),
        TextCase(
            "cameras are offline, sync module solid green and blinking blue",
            "dev=sync-module ctx=app-offline : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase("red blinking after the internet came back", "dev=? ctx=internet-restored : red:blink:_:_:_:_:_"),
        TextCase("blinks green after internet outage", "dev=? ctx=internet-restored : green:blink:_:_:_:_:_"),
        // Passing in front is motion; passing a camera on to someone is not.
        TextCase("when I am passing in front, one red flash", "dev=? ctx=motion : red:blink:1:_:_:_:_"),
        TextCase("I am passing my old camera on to my nephew; it blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        // New batteries a week or more ago no longer explain the light now (they may be low again).
        TextCase(
            "it flashes red 6 times after the blue light, I changed the battery last month",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "changed the batteries 3 weeks ago, now red x6 after blue",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("new batteries yesterday, it flashes red", "dev=? ctx=new-batteries : red:blink:_:_:hours:_:_"),
        // Technicians' shorthand: the pairing blink that never came.
        TextCase(
            "LED solid blue 15 min after reset, no pairing blink",
            "dev=? ctx=after-reset,no-pairing-mode : blue:solid:_:_:minutes=900:_:_"),
        TextCase("batteries out and in, no pairing flash", "dev=? ctx=no-pairing-mode,power-cycle :"),
        // An outage told as a state that was is over; told as an event, it may still be going on.
        TextCase(
            "the internet was down all morning, it still blinks red",
            "dev=? ctx=internet-restored : red:blink:_:_:hours:_:_"),
        TextCase("red blinking since the internet went down", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("the wifi went down last night and it flashes red", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "after a factory reset, during setup, it blinks blue",
            "dev=? ctx=after-reset,setup : blue:blink:_:_:_:_:_"),
        TextCase(
            "blinking red, we have a sync module", "dev=? ctx=has-sync-module : red:blink:_:_:_:_:_"),
        TextCase(
            "blinks red after reset then solid blue",
            "dev=? ctx=after-reset : red:blink:_:_:_:_:_ blue:solid:_:_:_:_:_"),
        // Movers that pass without a "when", typed "evry time", and a technician's walk test.
        TextCase("flashes red evry time a car goes by", "dev=? ctx=motion : red:blink:_:_:_:_:_"),
        TextCase("a car goes by and it blinks red twice", "dev=? ctx=motion : red:blink:2:_:_:_:_"),
        TextCase(
            "the cat creeps past, 2 red blinks, then dark",
            "dev=? ctx=motion : red:blink:2:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "someone came through the gate and it blinked red once",
            "dev=? ctx=motion : red:blink:1:_:_:_:_"),
        TextCase("walk test: 1 red blink, then dark", "dev=? ctx=motion : red:blink:1:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("blinks red evry 2 seconds", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        // A question that proposes new batteries does not say they were changed.
        TextCase(
            "red blinks 6 times after each clip. Is it time for new batteries?",
            "dev=? ctx=recording : red:blink:6:_:_:_:_"),
        TextCase("red blinks 6 times since the new batteries", "dev=? ctx=new-batteries : red:blink:6:_:_:_:_"),
        TextCase("it blinks red all day. Should I unplug it or reset it?", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "should i reset it again? it's been blinking red since i reset it yesterday",
            "dev=? ctx=after-reset : red:blink:_:_:hours:_:_"),
        // Non-native and terse spellings of situations and colours.
        TextCase(
            "After I change the router, it is blink red", "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase("it is making red blink since I put battery", "dev=? ctx=new-batteries : red:blink:_:_:_:_:_"),
        TextCase("grn blinkin, blu solid", "dev=? ctx=- : green:blink:_:_:_:_:_ blue:solid:_:_:_:_:_"),
        // The guest Wi-Fi is a network, not a guest walking by.
        TextCase(
            "it blinked red for about a minute after he moved it onto the guest Wi-Fi",
            "dev=? ctx=network-change : red:blink:_:_:minute:_:_"),
        // What someone expected is not what the light does, "and" about the light included; unless the light
        // does exactly that.
        TextCase(
            "the app says wait for the blinking blue and steady green, but it is solid red",
            "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase(
            "it should have gone to blue and green. Instead it turned red and stays red",
            "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase(
            "the app says wait for the blinking blue and the light is solid red", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase(
            "App: 'wait for blinking blue and steady green'. Mine shows exactly that.",
            "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
    ]
}

/// Situations go to the header; "after" before a situation orders nothing.
@Suite struct TextParserContextTests {
    @Test(arguments: TextParserCases.contexts)
    func context(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test(arguments: ObservationContext.allCases)
    func everyContextIsReachable(_ context: ObservationContext) {
        let covered = Set(
            TextParserCases.all.compactMap { try? TextParserFixtures.parser.parse($0.input) }
                .flatMap(\.observation.contexts))
        #expect(covered.contains(context))
    }
}
