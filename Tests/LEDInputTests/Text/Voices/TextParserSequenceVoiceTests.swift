import Testing

@testable import LEDInput

/// Order, kind and length in the voices of the held-out style: colours taking turns told with "then"
/// ("crimson, then sky blue, then crimson again"), "after those" looking back, a non-native "fixed" for
/// solid, what the light "always had", and lengths told as parts of a day ("the whole afternoon"); "then it went
/// off and blinked red": the light before ending, then the red.
@Suite struct TextParserSequenceVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "while he was holding the pin the light went crimson, then sky blue, then crimson again, over and over",
            "dev=? ctx=holding-reset : blue-red:alt:_:_:continuous:_:_"),
        TextCase(
            "a few red flashes, and after those, blue blinking",
            "dev=? ctx=- : red:blink:few:_:_:_:_ blue:blink:_:_:_:_:_"),
        // "fixed" right after a colour is solid: a count the person gives of their own tries is not the light's.
        TextCase(
            "the ring is red, fixed, it does not blink. I have retried two times.",
            "dev=? ctx=- : red:solid:_:_:_:_:noblink"),
        TextCase("the problem is fixed now, the light is solid blue", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase(
            "Our first Sync Module always had blue and green lit together; since the power cut this afternoon, only "
                + "the blue one is on.",
            "dev=sync-module ctx=power-cycle : blue-green:solid:_:_:_:_:past blue:solid:_:_:hours:_:_"),
        TextCase(
            "Yesterday it was solid red the whole afternoon; this morning it blinks green instead.",
            "dev=? ctx=- : red:solid:_:_:hours:_:past green:blink:_:_:_:_:_"),
        TextCase(
            "since the reset it flashes red without a break, for the third hour now.",
            "dev=? ctx=after-reset : red:blink:_:_:hours:_:_"),
        TextCase(
            "stuck solid green, no blinkin at all, been like this all arvo",
            "dev=? ctx=- : green:solid:_:_:hours:_:noblink"),
        // "post" orders as "after"; a period says the blink's speed; "a blink or two" is one or two.
        TextCase("XT: ~5-6 red flashes post blue.", "dev=xt ctx=- : blue:solid:_:_:_:_:_ red:blink:5-6:_:_:_:_"),
        TextCase("red blink, period ~0.5 s.", "dev=? ctx=- : red:blink:_:fast:_:_:_"),
        TextCase(
            "flashes red when the pigeons come down, just a blink or two, then it's dark again",
            "dev=? ctx=motion : red:blink:1-2:_:_:_:_ none:off:_:_:_:_:_"),
        // Words of owners who mix in their own language.
        TextCase(
            "the red light clignote, it has been maybe 30 secondes", "dev=? ctx=- : red:blink:_:_:seconds=30:_:_"),
        TextCase("la luz roja parpadea", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("the red LED blinks 3x per second, nonstop", "dev=? ctx=- : red:blink:_:fast:continuous:_:_"),
        TextCase("the LED went rot, blau, rot, blau, then I let go", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase(
            "el anillo flashes azul two or three times y luego se apaga",
            "dev=? ctx=- : blue:blink:2-3:_:_:_:_ none:off:_:_:_:_:_"),
        // A steady rhythm is blinking; "ever since lunch" is hours; "does not flash at all" now is darkness.
        TextCase(
            "red blinking steadily about once a second, ever since lunch",
            "dev=? ctx=- : red:blink:_:medium:hours:_:_"),
        TextCase(
            "it used to flash red briefly; since I changed the batteries it does not flash at all",
            "dev=? ctx=new-batteries : red:blink:_:_:brief:_:past none:off:_:_:_:_:_"),
        TextCase("solid blue, no blink", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        // "and after" goes on, unless what follows is what it comes after; "and both" is what both do next.
        TextCase(
            "the blue is go away and after the light is blinking red many times, I count it is six.",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "the blue light comes on, and right after it goes out there are six red blinks",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "solid blue, then the green one came on and both stayed solid",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ green:solid:_:_:_:_:_ blue-green:solid:_:_:_:_:_"),
        // "now" inside a light with no past told; a "disco" of two colours; "it's nothing" is no darkness.
        TextCase("its blue LED now blinks", "dev=? ctx=- : blue:blink:_:_:_:_:_"),
        TextCase(
            "after new batteries the cam did a lil red-blue disco for like 10 sec",
            "dev=? ctx=new-batteries : blue-red:alt:_:_:seconds=10:_:_"),
        TextCase(
            "perhaps it's nothing, but the xt2 seems to be flashing red right now?",
            "dev=xt2 ctx=- : red:blink:_:_:_:_:_"),
        // A darkness joined by "and" to a light is the light before it ending, not darkness beside the new one.
        TextCase(
            "saw the camera: blue light, then it went off and blinked red roughly six times",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "recording light on, then off and five red flashes",
            "dev=? ctx=recording : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        TextCase("it was off and then blinked red", "dev=? ctx=- : none:off:_:_:_:_:_ red:blink:_:_:_:_:_"),
        // "stay" right before a blink is the blink going on.
        TextCase("the camera stay blinking in red all the night", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase("it stays blinking red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
