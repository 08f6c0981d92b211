import LEDEngine
import Testing

@testable import LEDInput

/// Two voices that tell time: before/after changes ("it used to …, now …": what it used to do is flagged
/// `past`, comes first, and the rules read only what it does now) and timelines with times of day (two
/// times around an event give its length; a time of day alone counts nothing).
@Suite struct TextParserHistoryTests {
    static let history: [TextCase] = [
        TextCase(
            "it used to blink blue after a reset; this time after resetting it just blinks red endlessly",
            "dev=? ctx=after-reset : blue:blink:_:_:_:_:past red:blink:_:_:continuous:_:_"),
        TextCase(
            "it used to be solid blue, now it blinks red", "dev=? ctx=- : blue:solid:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "Previously the light was solid green. Now it flashes red.",
            "dev=? ctx=- : green:solid:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "normally it blinks blue after a reset but this time it stays red",
            "dev=? ctx=after-reset : blue:blink:_:_:_:_:past red:solid:_:_:_:_:_"),
        TextCase(
            "Before, it was dark all the time; now it stays solid red",
            "dev=? ctx=- : none:off:_:_:continuous:_:past red:solid:_:_:_:_:_"),
        TextCase("it never used to do this, but now it blinks red 5 times", "dev=? ctx=- : red:blink:5:_:_:_:_"),
        TextCase("it used to blink blue after reset", "dev=? ctx=after-reset : blue:blink:_:_:_:_:_"),
        TextCase(
            "it was solid blue for a while and now it's flashing green",
            "dev=? ctx=- : blue:solid:_:_:minutes:_:_ green:blink:_:_:_:_:_"),
        // A state that lasted a day or more inside a clause, then a clause saying what it does now: the
        // stretch is what it used to do. Without a clause that describes the light now, it is one state.
        TextCase(
            "it was solid blue and solid green for months, now it's showing a yellow light",
            "dev=? ctx=- : blue-green:solid:_:_:hours:_:past yellow:solid:_:_:_:_:_"),
        TextCase(
            "had a solid green for weeks and now it blinks red",
            "dev=? ctx=- : green:solid:_:_:hours:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "it was blinking red for days, but today it's solid blue",
            "dev=? ctx=- : red:blink:_:_:hours:_:past blue:solid:_:_:_:_:_"),
        TextCase("blinking red for 3 days now", "dev=? ctx=- : red:blink:_:_:hours=259200:_:_"),
        TextCase(
            "it has been blinking red for a week. Now what do I do?", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        // A time named in the past, when what it does now follows: "ago", "yesterday", "last month",
        // a sentence opening with "before" or "until", and a clause opening with "since".
        TextCase(
            "Two days ago the light was off, now it blinks red without stop",
            "dev=? ctx=- : none:off:_:_:_:_:past red:blink:_:_:continuous:_:_"),
        TextCase(
            "Yesterday the ring was blinking red; today it is off",
            "dev=? ctx=- : red:blink:_:_:_:_:past none:off:_:_:_:_:_"),
        TextCase(
            "Last month it blinked red once when the dog walked by; now it keeps blinking red",
            "dev=? ctx=motion : red:blink:1:_:_:_:past red:blink:_:_:continuous:_:_"),
        TextCase(
            "Before the battery swap it flashed red 6 times; since the swap it only shows blue",
            "dev=? ctx=new-batteries : red:blink:6:_:_:_:past blue:solid:_:_:_:_:_"),
        TextCase(
            "Until the update the LED stayed off; since then it blinks red",
            "dev=? ctx=- : none:off:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "On Monday it was blinking blue. Now it is solid red.",
            "dev=? ctx=- : blue:blink:_:_:_:_:past red:solid:_:_:_:_:_"),
        TextCase(
            "last week it was solid blue, this week it blinks red nonstop",
            "dev=? ctx=- : blue:solid:_:_:_:_:past red:blink:_:_:continuous:_:_"),
        // A sentence that opens with a stretch of a day or more, then "since" or "now": what it used to do.
        TextCase(
            "For two years the light was off; since the router update it blinks red",
            "dev=? ctx=network-change : none:off:_:_:hours=63072000:_:past red:blink:_:_:_:_:_"),
        TextCase(
            "before the reset it blinked red, after the reset it blinks blue slowly",
            "dev=? ctx=after-reset : red:blink:_:_:_:_:past blue:blink:_:slow:_:_:_"),
        TextCase(
            "Earlier today it was flashing red, now it is off.",
            "dev=? ctx=- : red:blink:_:_:_:_:past none:off:_:_:_:_:_"),
        // Without a "now" after it, the time named is how long it has lasted, or nothing.
        TextCase("it has blinked red for 2 years", "dev=? ctx=- : red:blink:_:_:hours=63072000:_:_"),
        TextCase(
            "on monday it started blinking red and it hasn't stopped", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase("it started blinking red two days ago", "dev=? ctx=- : red:blink:_:_:hours=172800:_:_"),
        TextCase(
            "VDB: 2 d ago ring blinking red. Now ring off.",
            "dev=? ctx=- : red:blink:_:_:_:_:past none:off:_:_:_:_:_"),
        TextCase("before it goes dark it flashes red 5 times", "dev=? ctx=- : red:blink:5:_:_:_:_ none:off:_:_:_:_:_"),
        // "compared with last winter" compares; "now and then" is not "now".
        TextCase(
            "compared with last winter the red flashes are slower now",
            "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase(
            "Before the reset it flashed red now and then; since the reset it flashes red nonstop",
            "dev=? ctx=after-reset : red:blink:_:_:_:_:past red:blink:_:_:continuous:_:_"),
    ]

    static let timesOfDay: [TextCase] = [
        TextCase(
            "started setup at 20:10 and at 20:25 it is STILL flashing red",
            "dev=? ctx=setup : red:blink:_:_:minutes=900:_:_"),
        TextCase(
            "9:05 renamed the wifi network, 9:06 it lit solid red, 9:30 still red",
            "dev=? ctx=network-change : red:solid:_:_:minutes=1440:_:_"),
        TextCase(
            "at 14:05:10 solid blue came on, at 14:05:40 it went dark",
            "dev=? ctx=- : blue:solid:_:_:seconds=30:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "it started blinking red at 3 pm and it's still at it at 6 pm",
            "dev=? ctx=- : red:blink:_:_:hours=10800:_:_"),
        TextCase(
            "reset it at 23:50; red light still solid at 0:10", "dev=? ctx=after-reset : red:solid:_:_:minutes=1200:_:_"
        ),
        TextCase("at 7:10 flashing red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "at 23:41 the light flashed red once; by 23:42 it was dark again",
            "dev=? ctx=- : red:blink:1:_:_:_:_ none:off:_:_:_:_:_"),
        // The same light in another state at the next time of day: the earlier state lasted until then.
        TextCase(
            "18:20 ring blinking red. 18:24 ring solid red.",
            "dev=? ctx=- : red:blink:_:_:minutes=240:_:_ red:solid:_:_:_:_:_"),
    ]

    @Test(arguments: history + timesOfDay)
    func reading(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test func theRulesReadOnlyWhatTheLightDoesNow() throws {
        let diagnoser = try Diagnoser.builtin()
        let diagnosis = try diagnoser.diagnose(
            "it used to flash red the moment I pressed reset; now I hold it and the LED stays dark", device: "mini")
        #expect(diagnosis.topCause?.id == "reset-not-triggered")
        #expect(diagnosis.canonical == "dev=mini ctx=holding-reset : red:blink:_:_:_:_:past none:off:_:_:_:_:_")
        #expect(diagnosis.events.map(\.token) == ["red:blink:_:_:_:_:past", "none:off:_:_:_:_:_"])
        // The same as the canonical string, which reads back with its history.
        let again = try diagnoser.diagnose(diagnosis.canonical)
        #expect(again.causes == diagnosis.causes)
        // Evidence points into the whole string.
        for evidence in diagnosis.causes.flatMap(\.evidence) {
            #expect(evidence.span[1] <= diagnosis.canonical.utf8.count)
        }
        // The explanation reads what the rules read, with the same spans.
        let explanation = try diagnoser.explain(
            "it used to flash red the moment I pressed reset; now I hold it and the LED stays dark", device: "mini")
        #expect(explanation.matches.map(\.rule) == diagnosis.causes.flatMap(\.evidence).map(\.rule))
        #expect(explanation.matches.map(\.evidence.span) == diagnosis.causes.flatMap(\.evidence).map(\.span))
    }
}
