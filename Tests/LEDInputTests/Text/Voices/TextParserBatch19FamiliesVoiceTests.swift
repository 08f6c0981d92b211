import Testing

@testable import LEDInput

/// Phrase families a fresh batch's tuning half showed: a blink word said over and over counts the blinks ("red
/// blink, blink, blink, blink, blink"); "didn't flash at all" told of the past is darkness then; an unknown
/// possessive is its word ("every clip's blue light"); a fix "not done yet" was not done; what the light "ended
/// up" as, a router setting "not enabled" and a service that "worked on and off" are no end, no darkness and no
/// blinking; "changes the Wi-Fi settings" and "changed the SSID" are a network change; "after the blue recording
/// light the Outdoor 4 blinks red six times" is the blue, then six red blinks, not the two taking turns.
@Suite struct TextParserBatch19FamiliesVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Outdoor 4 is show red blink, blink, blink, blink, blink after the blue light go off.",
            "dev=outdoor-4 ctx=- : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        TextCase("red flash flash flash after the blue", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:3:_:_:_:_"),
        TextCase("blinking, blinking red all night", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "Before I swapped the batteries the doorbell didn't flash at all; now, with fresh ones, it blinks red.",
            "dev=doorbell ctx=new-batteries : none:off:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "red six times after every clip's blue light",
            "dev=? ctx=recording : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "Sync Module 2 blue solid n green blinking. Cams offline in app. Pwr cyc not done yet.",
            "dev=sync-module-2 ctx=app-offline : blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        TextCase(
            "Both times the light ended up solid red and the app said setup failed.",
            "dev=? ctx=setup : red:solid:_:_:_:_:_"),
        TextCase(
            "red blinking continuously; 2.4 GHz SSID not enabled on router.",
            "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase(
            "Before the factory reset the camera worked on and off; after it, the camera just keeps blinking red.",
            "dev=? ctx=after-reset : red:blink:_:_:continuous:_:_"),
        TextCase(
            "her Mini 2 blinks red for about a minute whenever she changes the Wi-Fi settings",
            "dev=mini-2 ctx=network-change : red:blink:_:_:minute:_:_"),
        TextCase("changed the ssid, red blinking", "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
        // a sentence that opens with "after" and a light: the clause of the light after it starts at its subject
        TextCase(
            "yet after the blue recording light the Outdoor 4 blinks red six times",
            "dev=outdoor-4 ctx=recording : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "after the blue light on my XT turns off, it blinks red six times",
            "dev=xt ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        // a known possessive sits inside a phrase as "the" does; a new name given to the Wi-Fi is a change
        TextCase(
            "after I changed the router's SSID the camera blinks red",
            "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "we gave the wifi a new name and now the mini blinks red",
            "dev=mini ctx=network-change : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
