import Testing

@testable import LEDInput

extension TextParserCases {
    /// "then", ",", ">", "followed by", "after", "right after", "before", "when".
    static let order: [TextCase] = [
        // "after the blue light it …": a light named completes the "after" clause; "it" opens the main one
        // (not both colours taking turns).
        TextCase(
            "after the blue light it blinked red 6 times", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("after blue it flashes red", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:_:_:_:_:_"),
        // Slang and typos: "aftr", "rite after".
        TextCase("cam blinkn red 6x rite aftr blu lite", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("red x6 aftr the blue", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        // ">" before a length is "more than", not an arrow.
        TextCase("solid blue > 15 min", "dev=? ctx=- : blue:solid:_:_:minutes=900:_:_"),
        TextCase("solid blue >2 min", "dev=? ctx=- : blue:solid:_:_:minutes=120:_:_"),
        TextCase("blue then red x6", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("blue > red x6", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("blue -> red x6", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("blue → red x6", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("blue, red x6", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("solid blue followed by red blinking", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:_:_:_:_:_"),
        TextCase("red x6 before blue", "dev=? ctx=- : red:blink:6:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase("red x6 immediately after blue", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "after the blue light goes off it flashes red six times",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "when the blue light goes off it flashes red 6 times",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "it blinks red when the blue light goes off", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:_:_:_:_:_"),
        TextCase("blue first, then 6 red blinks", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("blue. then red flashes 6 times.", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("solid blue\nred x6", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("solid blue until it turns red", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:solid:_:_:_:_:_"),
        TextCase("blue light turns red", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:solid:_:_:_:_:_"),
        TextCase(
            "the light went from solid blue to blinking red", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:_:_:_:_:_"),
        TextCase("it blinks blue then goes solid", "dev=? ctx=- : blue:blink:_:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase(
            "red flashing for 30 secs then solid", "dev=? ctx=- : red:blink:_:_:seconds=30:_:_ red:solid:_:_:_:_:_"),
        TextCase("flashing blue then green", "dev=? ctx=- : blue:blink:_:_:_:_:_ green:blink:_:_:_:_:_"),
        TextCase(
            "it flashes green 3 times, then solid blue", "dev=? ctx=- : green:blink:3:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase(
            "blue flashes a few times then solid green", "dev=? ctx=- : blue:blink:few:_:_:_:_ green:solid:_:_:_:_:_"),
        TextCase("the red light flashes 6 times then goes off", "dev=? ctx=- : red:blink:6:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("solid green then it goes off", "dev=? ctx=- : green:solid:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("blue then dark", "dev=? ctx=- : blue:solid:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("blue light comes on then red", "dev=? ctx=- : blue:solid:_:_:_:_:_ red:solid:_:_:_:_:_"),
        TextCase(
            "the blue light goes off and red flashes 6 times",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase(
            "solid blue, then red x6, then green",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_ green:solid:_:_:_:_:_"),
        // A colour said "off" before another colour's turn went out: it was lit before, or it is the blue
        // recording light; otherwise it is that LED dark.
        TextCase(
            "13:10 blue light on. 13:11 blue off, red blinks 6 times. 13:12 dark.",
            "dev=? ctx=- : blue:solid:_:_:minute=60:_:_ red:blink:6:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "When recording finish, blue lamp off and red lamp blink 5 times",
            "dev=? ctx=recording : blue:solid:_:_:_:_:_ red:blink:5:_:_:_:_"),
        TextCase("blue off, green blinking", "dev=? ctx=- : blue:off:_:_:_:_:_ green:blink:_:_:_:_:_"),
        // A counted burst and a long blinking of the same colour stay two events.
        TextCase(
            "it blinked red once when someone walked by; it keeps blinking red for ages",
            "dev=? ctx=motion : red:blink:1:_:_:_:_ red:blink:_:_:continuous:_:_"),
    ]

    /// Events at the same time, and colours lit together.
    static let together: [TextCase] = [
        TextCase("blinking blue with a steady green", "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase("solid blue with a blinking green", "dev=? ctx=- : blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        TextCase("blinking blue while green is solid", "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase("blue and green solid", "dev=? ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase("solid blue and solid green lights", "dev=? ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase("blue + green steady", "dev=? ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase("red/blue flashing", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("blinking blue solid green", "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase(
            "solid green and blinking blue, then solid blue",
            "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_ blue:solid:_:_:_:_:_"),
        // "Both" after two lights is both of them, not the last one going on.
        TextCase(
            "blinking blue with solid green, then both solid",
            "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_ blue-green:solid:_:_:_:_:_"),
        TextCase(
            "it used to blink blue with solid green, now both lights are steady",
            "dev=? ctx=- : blue:blink:_:_:_:_:past&green:solid:_:_:_:_:past blue-green:solid:_:_:_:_:_"),
        // The same light said twice in a row is one event.
        TextCase(
            "blue and green on, both steady as a rock", "dev=? ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase(
            "both lights are lit and steady, blue and green, and neither of them blinks",
            "dev=? ctx=- : blue-green:solid:_:_:_:_:noblink"),
    ]
}

/// Time order and simultaneity.
@Suite struct TextParserOrderTests {
    @Test(arguments: TextParserCases.order)
    func order(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test(arguments: TextParserCases.together)
    func together(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test func afterPutsTheLaterClauseFirst() throws {
        let parsed = try TextParserFixtures.parser.parse("red x6 after blue")
        #expect(parsed.observation.events.map(\.colors) == [[.blue], [.red]])
    }
}
