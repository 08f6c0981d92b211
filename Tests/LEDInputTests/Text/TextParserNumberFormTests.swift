import Testing

@testable import LEDInput

/// Numbers as people type them: decimals that are whole, thousands separators, exponents, simple
/// fractions, clock times (a time of day counts nothing), ranges with a slash, full-width forms and the
/// digits of other scripts — and spans that still point at what was typed.
@Suite struct TextParserNumberFormTests {
    static let cases: [TextCase] = [
        TextCase("blinks red x6.0", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("red flashed 6.00 times", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("red blinks 1,000 times", "dev=? ctx=- : red:blink:1000:_:_:_:_"),
        TextCase("red blinked 12,500 times overnight", "dev=? ctx=- : red:blink:12500:_:hours:_:_"),
        TextCase("red blinks 2e3 times", "dev=? ctx=- : red:blink:2000:_:_:_:_"),
        TextCase("red blinks 5/6 times", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        TextCase("solid blue for 1/2 hour", "dev=? ctx=- : blue:solid:_:_:minutes=1800:_:_"),
        TextCase("solid blue for 1/4 hour then off", "dev=? ctx=- : blue:solid:_:_:minutes=900:_:_ none:off:_:_:_:_:_"),
        TextCase("solid blue for 1:30 min", "dev=? ctx=- : blue:solid:_:_:minutes=90:_:_"),
        TextCase("at 7:10 flashing red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "at 7:10 it went solid blue, by 7:12 it was blinking green",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ green:blink:_:_:_:_:_"),
        TextCase("23:05:10 red blinking", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("ｒｅｄ ｘ６ after ｂｌｕｅ", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("ＲＥＤ ＢＬＩＮＫＩＮＧ", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("red x٦", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("red x१२", "dev=? ctx=- : red:blink:12:_:_:_:_"),
        TextCase("red blinks ৫ times", "dev=? ctx=- : red:blink:5:_:_:_:_"),
        TextCase("solid blue for ３０ seconds", "dev=? ctx=- : blue:solid:_:_:seconds=30:_:_"),
        TextCase("RED X6 AFTER BLUE", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("half a dozen red blinks", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("red flashes about ten times a minute", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("it blinks red 3 times per second", "dev=? ctx=- : red:blink:_:fast:_:_:_"),
        TextCase("blue blinking for 20+ minutes", "dev=? ctx=- : blue:blink:_:_:minutes=1200:_:_"),
        // Numbers as people say them: counting aloud, a half after "and", a guess said twice, an ordinal.
        TextCase(
            "red blinks, I count: one, two, three, four, five. Then dark.",
            "dev=? ctx=- : red:blink:5:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("blinking red for two and a half minutes", "dev=? ctx=- : red:blink:_:_:minutes=150:_:_"),
        TextCase("the red light is blinking since one minute and half", "dev=? ctx=- : red:blink:_:_:minutes=90:_:_"),
        TextCase("red blinks, maybe five, maybe six", "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        // "a single red light" is one light; "a single red flash" one blink.
        TextCase("now it's a single red light", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("a single red flash", "dev=? ctx=- : red:blink:1:_:_:_:_"),
        // An age is neither a count nor a length.
        TextCase("my 3 year old camera blinks red 6 times", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("my 2-year-old camera flashes red 5 times", "dev=? ctx=- : red:blink:5:_:_:_:_"),
        TextCase("batteries are 2 years old, the red light blinks six times", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("my 2 yr old cam blinks red every 2 secs", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("blinking red for about an hour and a half", "dev=? ctx=- : red:blink:_:_:hours=5400:_:_"),
        TextCase(
            "blinked red for about a minute and a half, then stopped",
            "dev=? ctx=- : red:blink:_:_:minutes=90:_:_ none:off:_:_:_:_:_"),
        TextCase("solid blue for a minute and then red", "dev=? ctx=- : blue:solid:_:_:minute:_:_ red:solid:_:_:_:_:_"),
        // A range that holds the count said before it restates it.
        TextCase(
            "it blinks red a couple times when someone walks by, two or three blinks max, then goes dark",
            "dev=? ctx=motion : red:blink:2:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("putting a second Outdoor 4 in, its red light flashes", "dev=outdoor-4 ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func numberForm(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    /// Lengths written as numbers: a clock form after "for" / "lasting" (m:ss, h:mm:ss) — but a time of
    /// day otherwise —, fractions and halves, and two lengths joined into one ("1 hour and 30 minutes").
    static let lengths: [TextCase] = [
        TextCase("solid red for 1:30", "dev=? ctx=- : red:solid:_:_:minutes=90:_:_"),
        TextCase("solid red for about 1:30", "dev=? ctx=- : red:solid:_:_:minutes=90:_:_"),
        TextCase("solid red lasting 0:45", "dev=? ctx=- : red:solid:_:_:minute=45:_:_"),
        TextCase("solid red for 1:02:03", "dev=? ctx=- : red:solid:_:_:hours=3723:_:_"),
        TextCase("solid red at 10:30", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("solid red 1:30", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("it went solid red at 10:30pm", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("solid red for 10:30pm", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("red for 1/2 hour", "dev=? ctx=- : red:solid:_:_:minutes=1800:_:_"),
        TextCase("red for 1/2 a minute", "dev=? ctx=- : red:solid:_:_:seconds=30:_:_"),
        TextCase("red for half an hour", "dev=? ctx=- : red:solid:_:_:minutes:_:_"),
        TextCase("red for 1.5 hours", "dev=? ctx=- : red:solid:_:_:hours=5400:_:_"),
        TextCase("red for an hour and a half", "dev=? ctx=- : red:solid:_:_:hours=5400:_:_"),
        TextCase("red for a minute and a half", "dev=? ctx=- : red:solid:_:_:minutes=90:_:_"),
        TextCase("red for 1 hour and 30 minutes", "dev=? ctx=- : red:solid:_:_:hours=5400:_:_"),
        TextCase("red for 2 min 30 sec", "dev=? ctx=- : red:solid:_:_:minutes=150:_:_"),
        TextCase("red for 1 hour 2 minutes and 3 seconds", "dev=? ctx=- : red:solid:_:_:hours=3723:_:_"),
        TextCase("red for 3 minutes and 4 hours", "dev=? ctx=- : red:solid:_:_:minutes=180:_:_"),
        TextCase("red for 3 minutes and 3 minutes", "dev=? ctx=- : red:solid:_:_:minutes=180:_:_"),
        TextCase(
            "red for 10 seconds then blue for 5 minutes",
            "dev=? ctx=- : red:solid:_:_:seconds=10:_:_ blue:solid:_:_:minutes=300:_:_"),
        TextCase(
            "blinked red for 5 seconds and 10 minutes later solid blue",
            "dev=? ctx=- : red:blink:_:_:seconds=5:_:_ blue:solid:_:_:_:_:_"),
    ]

    @Test(arguments: lengths)
    func length(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    /// Two lengths of one event that do not add up as one keep the first, and say so.
    @Test(arguments: [
        ("red for 3 minutes and 4 hours", ["kept 3 minutes of \"3 minutes and 4 hours\""]),
        ("red for 3 minutes and 3 minutes", ["kept 3 minutes of \"3 minutes and 3 minutes\""]),
        ("red for 1 hour and 30 minutes", []),
        ("solid red for 5 minutes", []),
    ])
    func contradictoryLengthsWarn(_ text: String, _ expected: [String]) throws {
        let parsed = try TextParserFixtures.parser.parse(text)
        #expect(parsed.warnings.map { String($0.prefix(expected.first?.count ?? 0)) } == expected, "\(parsed.warnings)")
    }

    @Test func foldedTextKeepsTheTypedSpans() throws {
        let parsed = try TextParserFixtures.parser.parse("ｒｅｄ ｘ６")
        #expect(parsed.readings.map(\.text) == ["ｒｅｄ", "ｘ６"])
        #expect(parsed.readings.map(\.start) == [0, 4])
        #expect(parsed.readings.map(\.utf8Start) == [0, 10])
    }
}
