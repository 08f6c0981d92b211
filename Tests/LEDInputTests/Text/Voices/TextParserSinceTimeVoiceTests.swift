import Testing

@testable import LEDInput

/// A light said to go on since a time of day, up to a later time: "since 20:01 … it's 21:30 now", "since 7 this
/// morning … now 2 in the afternoon" (a part of the day says am or pm), "at 03:10 … from then on (since then) it
/// has blinked red, it's 07:45 now"; "nothing has changed" at the later time is the same light, not darkness.
@Suite struct TextParserSinceTimeVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Solid red since 14:05, it's 14:35 now and the Mini is the same",
            "dev=mini ctx=- : red:solid:_:_:minutes=1800:_:_"),
        TextCase(
            "XT2 has been flashing blue since 9:10 pm; now 10:40 pm", "dev=xt2 ctx=- : blue:blink:_:_:hours=5400:_:_"),
        TextCase(
            "since 7 this morning the doorbell blinks red, it's now 2 in the afternoon",
            "dev=doorbell ctx=- : red:blink:_:_:hours=25200:_:_"),
        TextCase(
            "Unplugged the Outdoor at 18:00 and from then on the red has been blinking; it's 18:20 now",
            "dev=outdoor ctx=power-cycle : red:blink:_:_:minutes=1200:_:_"),
        TextCase(
            "Router rebooted 06:30. Since then: Mini 2 flashing red. Now 08:00.",
            "dev=mini-2 ctx=- : red:blink:_:_:hours=5400:_:_"),
        TextCase(
            "we reset it at 9, since then it blinks blue, now at 11 nothing has changed",
            "dev=? ctx=after-reset : blue:blink:_:_:hours=7200:_:_"),
        TextCase("blinking red non-stop; nothing has changed", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        // A count before a part of the day stays a count; "after" a time is no start.
        TextCase("blinked red 5 times this morning", "dev=? ctx=- : red:blink:5:_:_:_:_"),
        TextCase("solid blue after 20:01", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
