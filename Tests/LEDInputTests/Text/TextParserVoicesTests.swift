import Testing

@testable import LEDInput

extension TextParserCases {
    /// Phrase families found in fresh owner descriptions (Tests/Fixtures/Accuracy/voices-fresh-tuning.tsv),
    /// each written here in other words than the row that showed it.
    static let voices: [TextCase] = [
        // A light described, then its blink denied in a relative clause or with "without": lit, never blinking.
        TextCase("the hub shows a green light that doesn't flash", "dev=? ctx=- : green:solid:_:_:_:_:noblink"),
        TextCase("a blue light which never blinks", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        TextCase("plain red all evening without a single flash", "dev=? ctx=- : red:solid:_:_:hours:_:noblink"),
        // …while a blink denied on its own still darkens its colour.
        TextCase("it doesn't flash red", "dev=? ctx=- : red:off:_:_:_:_:_"),
        TextCase("steady blue, no blinking", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        // "did not react": nothing happens.
        TextCase("I held the button but the light did not react", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        // Colours taking turns, in other verbs.
        TextCase("the led toggles between blue and red", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("it keeps going between red and blue", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        // Words that are not the light: "none of the cameras", "bought it off eBay", "ended with an error".
        TextCase(
            "steady red on the module and none of the cameras record", "dev=? ctx=recording : red:solid:_:_:_:_:_"),
        TextCase("got it off amazon, blinking green", "dev=? ctx=- : green:blink:_:_:_:_:_"),
        TextCase("the app ended with an error and now it's solid red", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("wifi is out, the light blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("took it off the plate: solid red", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        // "is out" is a light off.
        TextCase(
            "on the sync module the green is out and the blue is on",
            "dev=sync-module ctx=- : blue:solid:_:_:_:_:_&green:off:_:_:_:_:_"),
        // A count or a hold time in a clause about the situation is not the light's; a time since it is. The
        // router's restart is not the device's power cycle.
        TextCase(
            "I restarted the router two times. The red light is blinking",
            "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "held the reset button for five seconds. The red light came on",
            "dev=? ctx=holding-reset : red:solid:_:_:_:_:_"),
        TextCase(
            "reset it 15 minutes ago, red is stuck solid", "dev=? ctx=after-reset : red:solid:_:_:minutes=900:_:_"),
        // Shades name the colour.
        TextCase("a steady crimson light, then sky blue", "dev=? ctx=- : red:solid:_:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase("emerald flashes", "dev=? ctx=- : green:blink:_:_:_:_:_"),
        TextCase("the light just stayed off the whole time", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("it went blue and red in turns", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("after the clip, nothing but darkness", "dev=? ctx=recording : none:off:_:_:_:_:_"),
        TextCase("took the camera off the plate, red light flashing", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("pulsing red every second and a half", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase(
            "it flashed red maybe half minute, then off", "dev=? ctx=- : red:blink:_:_:seconds:_:_ none:off:_:_:_:_:_"),
        // Someone in an "after" clause who did something else is not motion.
        TextCase(
            "solid red right after my son changed the wifi password",
            "dev=? ctx=network-change : red:solid:_:_:_:_:_"),
        // A light named, then "off", then what came next: it was on until then.
        TextCase(
            "blue rec LED off -> red x5", "dev=? ctx=recording : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        TextCase("blue off, then red x6", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("the red light is off", "dev=? ctx=- : red:off:_:_:_:_:_"),
        // A count said apart from its blinks, or in the language an owner mixes in.
        TextCase("it blinked red, quick ones, six of them", "dev=? ctx=- : red:blink:6:fast:_:_:_"),
        TextCase("luego it blinks red seis veces", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        // The recording light, abbreviated; "the moment" it ends.
        TextCase(
            "5 red blinks the moment the blue rec light ends",
            "dev=? ctx=recording : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        // What it was when new is what it used to do; "but since …" is now.
        TextCase(
            "it was steady green when we got it, but since the storm it blinks blue",
            "dev=? ctx=- : green:solid:_:_:_:_:past blue:blink:_:_:_:_:_"),
    ]
}

/// Phrase families from fresh owner descriptions.
@Suite struct TextParserVoicesTests {
    @Test("fresh voices", arguments: TextParserCases.voices)
    func voice(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
