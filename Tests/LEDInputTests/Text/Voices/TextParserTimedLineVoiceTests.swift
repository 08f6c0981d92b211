import Testing

@testable import LEDInput

/// Timelines whose lines open with a time of day and a colon or dash ("17:00: red blinking. 19:00: same.", "5pm -
/// red blinking", "14:00 - 14:05: red blinking"): the time is when that line's light was seen, as without the
/// colon — not the seconds of "13:00:20". The same light told again alone at a later time goes on ("17:00 red
/// blinking. 19:00 red blinking."), but a burst counted again is a second burst, and one LED told beside the other
/// is a new state. A count before a time of day is not a range ("red flash x2 - 10:02 - off"), nor a count before
/// a length ("x2 - 5 min later off").
@Suite struct TextParserTimedLineVoiceTests {
    static let cases: [TextCase] = [
        TextCase("17:00: red blinking. 19:00: same.", "dev=? ctx=- : red:blink:_:_:hours=7200:_:_"),
        TextCase("5pm - red blinking. 7pm - still blinking.", "dev=? ctx=- : red:blink:_:_:hours=7200:_:_"),
        TextCase("14:00 - 14:05: red blinking.", "dev=? ctx=- : red:blink:_:_:minutes=300:_:_"),
        TextCase("17:00 red blinking. 19:00 red blinking.", "dev=? ctx=- : red:blink:_:_:hours=7200:_:_"),
        TextCase(
            "13:00:00 Sync Module shows one steady blue light and no green. 13:00:20 blue only.",
            "dev=sync-module ctx=- : blue:solid:_:_:seconds=20:_:_"),
        TextCase("09:00 red x3. 09:30 red x3.", "dev=? ctx=- : red:blink:3:_:_:_:_ red:blink:3:_:_:_:_"),
        TextCase(
            "10:00 swapped batteries - 10:01 red flash x2 - 10:02 - off",
            "dev=? ctx=new-batteries : red:blink:2:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "red flash x2 - 5 min later off", "dev=? ctx=- : red:blink:2:_:minutes=300:_:_ none:off:_:_:_:_:_"),
        TextCase("red x2-3", "dev=? ctx=- : red:blink:2-3:_:_:_:_"),
        // four digits opening a log's lines are times, not counts
        TextCase("0800 red blink. 0900 red blink. 1000 red blink.", "dev=? ctx=- : red:blink:_:_:hours=7200:_:_"),
        TextCase("1415: red blinking. 1500: off", "dev=? ctx=- : red:blink:_:_:minutes=2700:_:_ none:off:_:_:_:_:_"),
        // what a later "still" look adds stays with the light
        TextCase(
            "08:00 reset the 2K+. 08:01 solid blue. 08:30 still solid blue, never blinked once.",
            "dev=? ctx=after-reset : blue:solid:_:_:minutes=1740:_:noblink"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
