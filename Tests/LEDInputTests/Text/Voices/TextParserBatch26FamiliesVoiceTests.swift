import Testing

@testable import LEDInput

/// Families found in the tuning half of batch 26 (written from the knowledge only): a count denied with the light
/// ("there are no 5 or 6 red flashes after recording"), a setup done rather than going on ("since we added it in the
/// app"), setup "hooking it up in the app", a learner's "plug him in", the Portuguese "piscando" and the misspelt
/// "botton" of the reset; and from batch 25's tuning half, installers' shorthand ("red flshg 100s", "blu sld + grn
/// flshg", "pin in rst hole", "Add Device step", "holding rst") and a time that names an event ("after last night's
/// power cut": when, not how long; "since last night's update" is still a length).
@Suite struct TextParserBatch26FamiliesVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "It's not the batteries: there are no 5 or 6 red flashes after recording, it just blinks red nonstop.",
            "dev=? ctx=recording : red:blink:_:_:continuous:_:_"),
        TextCase(
            "The doorbell used to flash red when we first got it; since we added it in the app the light stays off.",
            "dev=doorbell ctx=- : red:blink:_:_:_:_:past none:off:_:_:_:_:_"),
        TextCase(
            "The light doesn't come on at all, not once since I added it, and the app shows it fine.",
            "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase(
            "the ring went full red and just stays there after i tried hooking it up in the app",
            "dev=? ctx=setup : red:solid:_:_:_:_:_"),
        TextCase(
            "it is only blue for few second after I plug him in", "dev=? ctx=power-cycle : blue:solid:_:_:seconds:_:_"),
        TextCase(
            "When I hold the botton of reset, the led is piscando red and blue, red and blue",
            "dev=? ctx=holding-reset : blue-red:alt:_:_:_:_:_"),
        TextCase(
            "XT2 back door, during setup: red flshg 100s, then connected.",
            "dev=xt2 ctx=setup : red:blink:_:_:minutes=100:_:_"),
        TextCase(
            "SM2 hall: all cams offline. blu sld + grn flshg.", device: "sync-module-2",
            "dev=sync-module-2 ctx=app-offline : blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        TextCase(
            "SM2 - pin in rst hole ~5s, LED -> sld red. expected.", "dev=? ctx=holding-reset : red:solid:_:_:_:_:_"),
        TextCase("VDB, Add Device step: LED dark, no flash.", "dev=? ctx=setup : none:off:_:_:_:_:noblink"),
        TextCase("Mini porch, holding rst: red blu red blu.", "dev=mini ctx=holding-reset : blue-red:alt:_:_:_:_:_"),
        TextCase(
            "Used to show solid blue and green; after last night's power cut it's solid blue with the green flashing.",
            device: "sync-module",
            "dev=sync-module ctx=power-cycle : blue-green:solid:_:_:_:_:past blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"
        ),
        TextCase("since last night's update it blinks red", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
