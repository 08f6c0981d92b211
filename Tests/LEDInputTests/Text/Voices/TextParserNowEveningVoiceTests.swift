import Testing

@testable import LEDInput

/// A time the light began ("since 11:00 this morning", "since 8 am"), then the time now in words ("it's now
/// evening", "now it's evening", "It's now early evening"): the light has lasted from one to the other. The part
/// of the day after the first time ("this morning") says which day it is, not "now".
@Suite struct TextParserNowEveningVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Hello, since 11:00 this morning the Sync Module has shown a solid blue light; it's now evening. Is that "
                + "how it should look?",
            "dev=sync-module ctx=- : blue:solid:_:_:hours=28800:_:_"),
        TextCase("since 8 am it is red, now it's evening", "dev=? ctx=- : red:solid:_:_:hours=39600:_:_"),
        TextCase(
            "since 9:30 this morning it blinks red, it's 14:00 now", "dev=? ctx=- : red:blink:_:_:hours=16200:_:_"),
        TextCase(
            "at noon my Mini started blinking red. It's now early evening.",
            "dev=mini ctx=- : red:blink:_:_:hours=21600:_:_"),
        // A time of a situation alone is still not when the light began.
        TextCase(
            "the wifi changed at noon; at 18:00 it's still blinking red",
            "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
