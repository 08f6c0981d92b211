import Testing

@testable import LEDInput

/// Times of day said in words ("at noon", "around midday", "at lunchtime", "by teatime", "now late afternoon",
/// "it's gone 4 now"), and "hasn't stopped" after an earlier time: the light's length runs from the time it
/// began (or the situation before it) to the time it is said to go on. A "when"/"after" clause's time is when
/// the light before it began. A time in words said of a situation alone times no light.
@Suite struct TextParserNamedTimeVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "My neighbour says the camera began blinking red around midday. It's gone 4 now and it's still blinking.",
            "dev=? ctx=- : red:blink:_:_:hours=14400:_:_"),
        TextCase(
            "It started flashing red at lunchtime, and now it's late afternoon and it's still flashing.",
            "dev=? ctx=- : red:blink:_:_:hours=18000:_:_"),
        TextCase(
            "cam flashed blue at breakfast time n by teatime its still flashin blue",
            "dev=? ctx=- : blue:blink:_:_:hours=36000:_:_"),
        TextCase(
            "The camera went solid red at midnight. It's 7 now and still solid red.",
            "dev=? ctx=- : red:solid:_:_:hours=25200:_:_"),
        // "hasn't stopped" after a time: still going, since then.
        TextCase(
            "Changed the batteries at 9:15. It's 10:40 and the red light has not stopped blinking.",
            "dev=? ctx=new-batteries : red:blink:_:_:hours=5100:_:_"),
        TextCase(
            "Rebooted the router at 14:00; the camera's red light hasn't stopped flashing since. It's 15:30 now.",
            "dev=? ctx=- : red:blink:_:_:hours=5400:_:_"),
        TextCase(
            "Power came back at 6:05 and the red light has never stopped blinking. It's 6:50 now.",
            "dev=? ctx=power-cycle : red:blink:_:_:minutes=2700:_:_"),
        // A "when"/"after" clause's time is when the light before it began.
        TextCase(
            "the ring started blinking red when the courier knocked at 11:00 and hasnt stopped since, its 1 now",
            "dev=? ctx=motion : red:blink:_:_:hours=7200:_:_"),
        TextCase(
            "The Mini went red flashing after the power cut at 20:00, now it is 23:15 and it has not stopped flashing.",
            "dev=mini ctx=power-cycle : red:blink:_:_:hours=11700:_:_"),
        // Without a later time, "hasn't stopped" is a blinking without end, and a time alone gives no length.
        TextCase("blinking red, hasn't stopped", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase(
            "Then I gave the router a new password at lunch, and now its LED is flashing red.",
            "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
        // A time in words said of a situation alone is not when the light began.
        TextCase(
            "router password changed at noon; at 18:00 it is still blinking red, nonstop",
            "dev=? ctx=network-change : red:blink:_:_:continuous:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
