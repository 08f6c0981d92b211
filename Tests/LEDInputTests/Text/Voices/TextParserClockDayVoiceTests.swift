import Testing

@testable import LEDInput

/// Times of day said with their day, and the time now: "Since 06:00 today … It's 13:30 now and nothing has
/// changed" (7.5 hours), "Reset the SM2 at 10:00 and it is 10:20 now: still solid red" (20 minutes), "From 23:00
/// last night to 07:00 this morning it blinked red the whole time" (8 hours), "since 7 this morning blinking
/// blue" (hours), "since 8 oclock … now its 11 oclock" (3 hours). The day ("today", "last night", "this
/// morning") says which day the time is on.
@Suite struct TextParserClockDayVoiceTests {
    static let cases: [TextCase] = [
        // A time of day said with its day ("since 06:00 today"), and "nothing has changed" / "hasn't changed" /
        // "same as before" at a later time: the light went on until then.
        TextCase(
            "Since 06:00 today the Sync Module 2 has shown solid blue with the green blinking next to it. "
                + "It's 13:30 now and nothing has changed.",
            device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:hours=27000:_:_&green:blink:_:_:hours=27000:_:_"),
        TextCase(
            "sm2 solid blue + green blinking since 8:00 today. now 11:00, no change", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:hours=10800:_:_&green:blink:_:_:hours=10800:_:_"),
        TextCase(
            "Since 9 am today it shows solid blue and blinking green. It is 12 pm now and still the same.",
            device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:hours=10800:_:_&green:blink:_:_:hours=10800:_:_"),
        TextCase(
            "The module is solid blue with green blink since 06:00 this morning, now is 09:00 and nothing's changed",
            device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:hours=10800:_:_&green:blink:_:_:hours=10800:_:_"),
        TextCase(
            "since 07:15 today blue solid with green blinking. 10:15 now - unchanged.", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:hours=10800:_:_&green:blink:_:_:hours=10800:_:_"),
        TextCase(
            "Since 06:00 today: solid blue and green blinking beside it. At 13:30 it hasn't changed.",
            device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:hours=27000:_:_&green:blink:_:_:hours=27000:_:_"),
        TextCase(
            "solid blue since 06:00 today. It's 13:30 now and it has not changed.", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:hours=27000:_:_"),
        TextCase(
            "Since 06:00 today the Sync Module 2 has shown solid blue. 13:30 now, same as before.",
            device: "sync-module-2", "dev=sync-module-2 ctx=- : blue:solid:_:_:hours=27000:_:_"),
        // A situation at one time and "it is … now" said in the same sentence: the time now ends the light told
        // after it.
        TextCase(
            "Reset the SM2 at 10:00 and it is 10:20 now: still one solid red light, and the app shows every "
                + "camera offline.",
            device: "sync-module-2", "dev=sync-module-2 ctx=after-reset,app-offline : red:solid:_:_:minutes=1200:_:_"),
        TextCase(
            "did the reset 9:40, its 10:00 now, still solid red", device: "sync-module-2",
            "dev=sync-module-2 ctx=after-reset : red:solid:_:_:minutes=1200:_:_"),
        TextCase(
            "I did the reset 10:00, now is 10:20, still red solid.", device: "sync-module-2",
            "dev=sync-module-2 ctx=after-reset : red:solid:_:_:minutes=1200:_:_"),
        TextCase(
            "I reset it at 14:00 and now it is 14:30: the light is still solid red.", device: "sync-module-2",
            "dev=sync-module-2 ctx=after-reset : red:solid:_:_:minutes=1800:_:_"),
        TextCase(
            "Rebooted the module at 8:10 and it is 8:40 now, still solid red.", device: "sync-module-2",
            "dev=sync-module-2 ctx=power-cycle : red:solid:_:_:minutes=1800:_:_"),
        TextCase(
            "I unplugged it at 10:00 and it's 10:20 now: still solid red.", device: "sync-module-2",
            "dev=sync-module-2 ctx=power-cycle : red:solid:_:_:minutes=1200:_:_"),
        TextCase(
            "reset at 10:00 and it's 10:20 now and it is still blinking red", device: "sync-module-2",
            "dev=sync-module-2 ctx=after-reset : red:blink:_:_:minutes=1200:_:_"),
        // Two times, each with its day, joined by "to" or "until": a span, which a length said without a number
        // yields to; a day in the past still opens what the light used to do.
        TextCase(
            "From 23:00 last night to 07:00 this morning the Outdoor blinked red the whole time", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        TextCase(
            "cam blinked red from 23:00 last night until 07:00 this morning", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        TextCase(
            "From 23:00 last night until 07:00 this morning it blinked red.", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        TextCase(
            "from 10 pm yesterday to 6 am today the camera was flashing red all night", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        TextCase(
            "It was blinking red from 23:00 last night to 07:00 today.", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        TextCase(
            "from 11 pm last night until 7 this morning it flashed red non stop", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        TextCase(
            "from 11 pm last night to 7 am it blinked red", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        TextCase(
            "from 11 pm last night to 7 am this morning it blinked red, now it is solid blue", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:past blue:solid:_:_:_:_:_"),
        TextCase(
            "between 23:00 last night and 07:00 this morning it blinked red", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        // The span said after its light, in a clause of its own.
        TextCase(
            "Blinked red all night, from 11pm last night until 7am this morning.", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        TextCase(
            "camera flashed red, from 22:00 until 06:00", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        // "since" a time with its day and no later time: hours, as "since this morning" is; with a later time,
        // the span.
        TextCase(
            "since 7 this morning blinking blue", device: "sync-module-xr",
            "dev=sync-module-xr ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase(
            "since about seven o'clock this morning the Sync Module XR has shown only a blinking blue light",
            device: "sync-module-xr", "dev=sync-module-xr ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase(
            "blinking blue since 6:30 this morning", device: "sync-module-xr",
            "dev=sync-module-xr ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase(
            "the XR is blinking blue since 8 am this morning", device: "sync-module-xr",
            "dev=sync-module-xr ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase(
            "since 23:00 last night it blinks blue", device: "sync-module-xr",
            "dev=sync-module-xr ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase(
            "Since 6 this morning only blinking blue light on module", device: "sync-module-xr",
            "dev=sync-module-xr ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase(
            "since 11:00 this morning the module shows blinking blue, it's 13:00 now", device: "sync-module-xr",
            "dev=sync-module-xr ctx=- : blue:blink:_:_:hours=7200:_:_"),
        TextCase(
            "Since 7 in the morning it is blinking blue.", device: "sync-module-xr",
            "dev=sync-module-xr ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase(
            "blue blinking from 7 this morning", device: "sync-module-xr",
            "dev=sync-module-xr ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase(
            "from 06:00 today solid blue. 13:30 now, still the same", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:hours=27000:_:_"),
        // An hour said with "o'clock" ("oclock", "o clock") is a time of day, not a count.
        TextCase(
            "it has blinked blue since 9 o'clock this morning", device: "sync-module-xr",
            "dev=sync-module-xr ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase(
            "reset at 9 o'clock, it is 10 o'clock now and still solid red", device: "mini",
            "dev=mini ctx=after-reset : red:solid:_:_:hours=3600:_:_"),
        TextCase(
            "since 8 oclock blinking red, now its 11 oclock and still blinking", device: "mini",
            "dev=mini ctx=- : red:blink:_:_:hours=10800:_:_"),
        TextCase(
            "from 10 o'clock until 11 o'clock it flashed red", device: "mini",
            "dev=mini ctx=- : red:blink:_:_:hours=3600:_:_"),
        TextCase(
            "blinking red since 8 o clock, it's 9 o clock now", device: "mini",
            "dev=mini ctx=- : red:blink:_:_:hours=3600:_:_"),
        TextCase(
            "at eight o'clock it went solid red and at nine o'clock it is still solid red", device: "mini",
            "dev=mini ctx=- : red:solid:_:_:hours=3600:_:_"),
        // A technician's four-digit time ("0600", "1330 now", "at 1000") is a time of day when a word around it
        // says so; a year ("since 2019") and a count ("1000 times") stay what they are.
        TextCase(
            "SM2: solid blue/green blink since 0600 today. 1330 now, no chg.", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:hours=27000:_:_&green:blink:_:_:hours=27000:_:_"),
        TextCase(
            "rst at 1000, 1020 now still solid red", device: "sync-module-2",
            "dev=sync-module-2 ctx=after-reset : red:solid:_:_:minutes=1200:_:_"),
        TextCase(
            "red blink from 2300 last night to 0700 this morning", device: "outdoor",
            "dev=outdoor ctx=- : red:blink:_:_:hours=28800:_:_"),
        TextCase("since 2019 it blinks red", device: "mini", "dev=mini ctx=- : red:blink:_:_:_:_:_"),
        TextCase("blinking red 1000 times", device: "mini", "dev=mini ctx=- : red:blink:1000:_:_:_:_"),
        // "has not changed to blue" tells a colour that did not come, not a "still".
        TextCase(
            "it has now stayed solid red and has not changed to blue or green.", device: "mini",
            "dev=mini ctx=- : red:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
