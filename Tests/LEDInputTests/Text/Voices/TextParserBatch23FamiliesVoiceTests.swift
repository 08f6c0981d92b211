import Testing

@testable import LEDInput

/// Families found in the tuning halves of batches 23 and 24 (written from the knowledge only): the held reset button
/// that "does nothing" after a light told before (dark, not "no change"), a camera that "kept dropping off" (the
/// network, not the light), "straight after that" (what follows comes next), and the internet "is work again" in
/// the sentence that said it was not working; colours listed before "not appear" all absent; "I didn't do anything"
/// (the owner, not the light); a reset "planned" or asked with a learner's "I must to do reset?" (not done); a light
/// that "went solid blue and has stayed that way all weekend" (one light, of hours, also "without blinking even
/// once"); "nothing loads in the app" and "she cannot see the videos" (not the light); "had been working for months"
/// (the camera's time, not the light's); an installer's "commissioning" (setup); "a month ago" and "1 week" (lengths).
@Suite struct TextParserBatch23FamiliesVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "it used to flash red. holding the button does nothing",
            "dev=? ctx=holding-reset : red:blink:_:_:_:_:past none:off:_:_:_:_:_"),
        TextCase(
            "it blinks red all day, unplugging it did nothing", "dev=? ctx=power-cycle : red:blink:_:_:hours:_:_"),
        TextCase(
            "I reset it because it kept dropping off, and now it will not stop flashing red",
            "dev=? ctx=after-reset : red:blink:_:_:continuous:_:_"),
        TextCase(
            "21:02 blue light on, 21:02:20 blue off, straight after that 6 red blinks",
            "dev=? ctx=- : blue:solid:_:_:seconds=20:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "Internet was not working in the morning, now it is work again but the camera still blink red.",
            "dev=? ctx=internet-restored : red:blink:_:_:_:_:_"),
        TextCase(
            "After reset of Mini the red light is not going away. Green and blue not appear.",
            "dev=mini ctx=after-reset : red:solid:_:_:_:_:_"),
        TextCase(
            "it blinks blue and the green never comes on", "dev=? ctx=- : blue:blink:_:_:_:_:_"),
        TextCase("I didn't do anything and it started blinking red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("held the reset, the light never did anything", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        TextCase(
            "ISP outage fixed 2h ago, still red blink. reset planned.",
            "dev=? ctx=internet-restored : red:blink:_:_:hours=7200:_:_"),
        TextCase(
            "the led is flashing red since maybe one minute. Is normal or I must to do reset?",
            "dev=? ctx=- : red:blink:_:_:minute=60:_:_"),
        TextCase(
            "The LED went solid blue and has stayed that way all weekend; it has never blinked once.",
            "dev=? ctx=- : blue:solid:_:_:hours:_:noblink"),
        TextCase(
            "the light went solid blue, and it has stayed solid blue for over an hour without blinking even once.",
            "dev=? ctx=- : blue:solid:_:_:hours:_:noblink"),
        TextCase(
            "the blue one is solid and the green one is flashing and um nothing loads in the app",
            device: "sync-module", "dev=sync-module ctx=- : blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        TextCase("blinks red. She cannot see the videos.", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "The Mini had been working for months without a peep. Now its LED is flashing red.",
            "dev=mini ctx=- : red:blink:_:_:_:_:_"),
        TextCase("it has been blinking red for 2 days", "dev=? ctx=- : red:blink:_:_:hours=172800:_:_"),
        TextCase(
            "2K+ commissioning: LED red blink 70 s, then off, cam online.",
            "dev=? ctx=setup : red:blink:_:_:minute=70:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "A month ago it just showed blue while recording; now it flashes red five times.",
            "dev=? ctx=recording : blue:solid:_:_:_:_:past red:blink:5:_:_:_:_"),
        TextCase("it has blinked red for 1 week", "dev=? ctx=- : red:blink:_:_:hours=604800:_:_"),
        TextCase(
            "Last month its lights were blue and green; now it shows solid red.", device: "sync-module",
            "dev=sync-module ctx=- : blue-green:solid:_:_:_:_:past red:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
