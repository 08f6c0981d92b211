import Testing

@testable import LEDInput

/// Lengths from times of day in the voices people write timelines in: the LAST time the light is said to go
/// on still counts ("10:30 still blinking" after "09:45 still blinking red": hours, not 34 minutes), so does a
/// later time that tells nothing new ("16:10 same thing", "20:20 no change"), a time said just before "still"
/// ("it's 10:25 now and it's still solid red"), bare hours after "at" ("at like 6 … now at 9"), and a time said
/// with "until" after the light ("unplugged it at 21:05; the red blinked till about 21:06"). A mover said at a
/// time of day before any light ("13:10 car on the driveway. 13:10 blue light on") is motion. "19h05" and
/// "8.10pm" are times of day; "for 1h30" is a length.
@Suite struct TextParserTimeOfDayVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "8:00 plugged it in. 8:02 red blinking. 8:30 still blinking. 9:40 still going, still red.",
            "dev=? ctx=power-cycle : red:blink:_:_:hours=5880:_:_"),
        TextCase(
            "Started blinking red at 07:15 this morning. 08:00 still at it. 11:20 same thing.",
            "dev=? ctx=- : red:blink:_:_:hours=14700:_:_"),
        TextCase(
            "reset at 18:00, red flashing. 18:05 still red flashing. 18:50 no change.",
            "dev=? ctx=after-reset : red:blink:_:_:minutes=3000:_:_"),
        TextCase(
            "support chat at 13:00, the light was solid red then; now its 13:20 and still solid red",
            "dev=? ctx=- : red:solid:_:_:minutes=1200:_:_"),
        TextCase(
            "Held the reset at 10:00 and the red came on solid; it's 10:25 now and it's still solid red.",
            "dev=? ctx=holding-reset : red:solid:_:_:minutes=1500:_:_"),
        TextCase(
            "at 5 it was flashing blue n now at 8 its STILL flashin", "dev=? ctx=- : blue:blink:_:_:hours=10800:_:_"),
        TextCase(
            "at about 7 the doorbell went solid red, now at 10 it's still solid red",
            "dev=doorbell ctx=- : red:solid:_:_:hours=10800:_:_"),
        // "until" a time of day, after a time said before the light: how long it lasted.
        TextCase("reset at 10:00, red flashing until 10:20", "dev=? ctx=after-reset : red:blink:_:_:minutes=1200:_:_"),
        TextCase(
            "unplugged it at 21:05; the red blinked till about 21:06, then dark",
            "dev=? ctx=power-cycle : red:blink:_:_:minute=60:_:_ none:off:_:_:_:_:_"),
        // Without a time before it, "until" gives no length.
        TextCase("red blinks until 7:42", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        // A count after "at" is still a count.
        TextCase("flashes red at 6 times", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        // A mover at a time of day, before any light of its clause: what happened then.
        TextCase(
            "21:14 fox in the garden. 21:14 camera blue. 21:15 blue gone, red blinks 5 times",
            "dev=? ctx=motion : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        TextCase("7:40 postman at the gate, light solid blue", "dev=? ctx=motion : blue:solid:_:_:_:_:_"),
        // Times of day as much of Europe writes them ("19h05"), and with a dot before "pm" ("8.10pm").
        TextCase(
            "19h05 motion on the drive, blue light on; 19h06 blue off and red blinks x6",
            "dev=? ctx=motion : blue:solid:_:_:minute=60:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "8.10pm scanned QR, red flashing. 8.14pm still flashing red. 8.20pm still flashing",
            "dev=? ctx=setup : red:blink:_:_:minutes=600:_:_"),
        TextCase("for 1h30 it blinked red", "dev=? ctx=- : red:blink:_:_:hours=5400:_:_"),
        TextCase("blinking red for 1.5 hours", "dev=? ctx=- : red:blink:_:_:hours=5400:_:_"),
        // A time said with "until" ends the light before it, whatever comes after ("since then normal").
        TextCase(
            "02:50 power restored, the camera blinked red until about 02:51, since then normal with no light",
            "dev=? ctx=power-cycle : red:blink:_:_:minute=60:_:_ none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
