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
    ]

    @Test(arguments: cases)
    func numberForm(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test func foldedTextKeepsTheTypedSpans() throws {
        let parsed = try TextParserFixtures.parser.parse("ｒｅｄ ｘ６")
        #expect(parsed.readings.map(\.text) == ["ｒｅｄ", "ｘ６"])
        #expect(parsed.readings.map(\.start) == [0, 4])
        #expect(parsed.readings.map(\.utf8Start) == [0, 10])
    }
}
