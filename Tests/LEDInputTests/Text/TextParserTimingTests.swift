import LEDCore
import Testing

@testable import LEDInput

extension TextParserCases {
    /// Speeds, lengths, periods and "won't stop".
    static let timing: [TextCase] = [
        TextCase("flashes red rapidly", "dev=? ctx=- : red:blink:_:fast:_:_:_"),
        TextCase("slow blue blink", "dev=? ctx=- : blue:blink:_:slow:_:_:_"),
        TextCase("fast blinking green", "dev=? ctx=- : green:blink:_:fast:_:_:_"),
        TextCase("quick red flashes", "dev=? ctx=- : red:blink:_:fast:_:_:_"),
        TextCase("blue blinking slowly", "dev=? ctx=- : blue:blink:_:slow:_:_:_"),
        TextCase("red slowly", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("brief red flash", "dev=? ctx=- : red:blink:_:_:brief:_:_"),
        TextCase("short green blink", "dev=? ctx=- : green:blink:_:_:brief:_:_"),
        TextCase("red flashes briefly then solid blue", "dev=? ctx=- : red:blink:_:_:brief:_:_ blue:solid:_:_:_:_:_"),
        TextCase("solid green for a minute", "dev=? ctx=- : green:solid:_:_:minute:_:_"),
        TextCase("solid blue for an hour", "dev=? ctx=- : blue:solid:_:_:hours:_:_"),
        TextCase("flashing blue for a few seconds", "dev=? ctx=- : blue:blink:_:_:seconds:_:_"),
        TextCase("solid red for 5 minutes", "dev=? ctx=- : red:solid:_:_:minutes=300:_:_"),
        TextCase(
            "blue light on for 10 seconds then red", "dev=? ctx=- : blue:solid:_:_:seconds=10:_:_ red:solid:_:_:_:_:_"),
        TextCase("blue solid 10s then red 5x", "dev=? ctx=- : blue:solid:_:_:seconds=10:_:_ red:blink:5:_:_:_:_"),
        TextCase("red for 1.5 seconds", "dev=? ctx=- : red:solid:_:_:brief=1.5:_:_"),
        TextCase("blinks red for 2 hours", "dev=? ctx=- : red:blink:_:_:hours=7200:_:_"),
        TextCase("flashes red 10 times in 5 seconds", "dev=? ctx=- : red:blink:10:_:seconds=5:_:_"),
        TextCase("red light turns off after 5 seconds", "dev=? ctx=- : red:solid:_:_:seconds=5:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "solid blue, after 10 seconds it blinks red",
            "dev=? ctx=- : blue:solid:_:_:seconds=10:_:_ red:blink:_:_:_:_:_"),
        TextCase(
            "solid blue light, then after a few seconds it starts flashing red",
            "dev=? ctx=- : blue:solid:_:_:seconds:_:_ red:blink:_:_:_:_:_"),
        TextCase("blinks red every 2 seconds", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase("blinks blue once a second", "dev=? ctx=- : blue:blink:_:medium:_:_:_"),
        TextCase("blinks green twice per second", "dev=? ctx=- : green:blink:_:fast:_:_:_"),
        TextCase("flashes red 3 times a second", "dev=? ctx=- : red:blink:_:fast:_:_:_"),
        TextCase("it keeps flashing red", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase("red light won't stop blinking", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase("constantly blinking blue", "dev=? ctx=- : blue:blink:_:_:continuous:_:_"),
        TextCase("blinking blue continuously", "dev=? ctx=- : blue:blink:_:_:continuous:_:_"),
        TextCase("the green light never stops flashing", "dev=? ctx=- : green:blink:_:_:continuous:_:_"),
        TextCase("stuck on solid blue", "dev=? ctx=- : blue:solid:_:_:continuous:_:_"),
        TextCase("red blinking non-stop", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        // A pulse told by its on- and off-times: one blink's timing, and its speed from their sum.
        TextCase(
            "blinks red, on for half a second, off for half a second",
            "dev=? ctx=- : red:blink:_:medium:_:0.5/0.5:_"),
        TextCase("red on ~0.5 s, off ~0.5 s", "dev=? ctx=- : red:blink:_:medium:_:0.5/0.5:_"),
        TextCase("red on 2 s / off 2 s", "dev=? ctx=- : red:blink:_:slow:_:2/2:_"),
        TextCase("blue blink, on 1 s off 1 s", "dev=? ctx=- : blue:blink:_:slow:_:1/1:_"),
        TextCase(
            "the red light is on for two seconds and off for two seconds",
            "dev=? ctx=- : red:blink:_:slow:_:2/2:_"),
        TextCase("green on for 0.2 s then off for 0.3 s", "dev=? ctx=- : green:blink:_:fast:_:0.2/0.3:_"),
        TextCase("red on for a second, off for a second", "dev=? ctx=- : red:blink:_:slow:_:1/1:_"),
        TextCase("it blinks red, 1 second on and 1 second off", "dev=? ctx=- : red:blink:_:slow:_:1/1:_"),
        TextCase("red light: 0.5 s on, 0.5 s off", "dev=? ctx=- : red:blink:_:medium:_:0.5/0.5:_"),
        TextCase("red blinks at ~2 per second", "dev=? ctx=- : red:blink:_:fast:_:_:_"),
        // "really quick" after a count is the pulses' speed; alone, a brief blinking.
        TextCase("flashes red 5 times really quick", "dev=? ctx=- : red:blink:5:fast:_:_:_"),
        TextCase("goes red red red real quick", "dev=? ctx=- : red:blink:3:fast:_:_:_"),
        TextCase("blinks red real quick", "dev=? ctx=- : red:blink:_:_:brief:_:_"),
        TextCase("a blue light blinkin every few secs", "dev=? ctx=- : blue:blink:_:slow:_:_:_"),
        // Lengths too long for one pulse stay a lit light and a dark one.
        TextCase(
            "red on for 20 seconds, off for 20 seconds",
            "dev=? ctx=- : red:solid:_:_:seconds=20:_:_ none:off:_:_:seconds=20:_:_"),
    ]
}

/// Speed, length and "keeps going".
@Suite struct TextParserTimingTests {
    @Test(arguments: TextParserCases.timing)
    func timing(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test func statedLengthsUseTheParsersVocabulary() throws {
        let strict = TextObservationParser(vocabulary: TimingVocabulary(briefLimit: 20))
        let parsed = try strict.parse("solid blue for 10 seconds")
        #expect(parsed.canonical == "dev=? ctx=- : blue:solid:_:_:brief=10:_:_")
    }
}
