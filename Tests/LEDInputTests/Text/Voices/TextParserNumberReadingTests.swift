import Testing

@testable import LEDInput

/// Numbers no light can do are read, never refused: a reasonable sentence with "blink count 0" or "for 0
/// seconds" in it is a reading, with a warning that says how the number was taken.
@Suite struct TextParserNumberReadingTests {
    static let cases: [TextCase] = [
        // A count of none: the light does not blink.
        TextCase(
            "XT2 after the factory reset: LED solid blue, 2.5 h on my kitchen timer so far, blink count 0.",
            device: "xt2", "dev=xt2 ctx=after-reset : blue:solid:_:_:hours=9000:_:noblink"),
        TextCase("solid green for an hour now, 0 blinks", "dev=? ctx=- : green:solid:_:_:hours:_:noblink"),
        TextCase("blink count: 0, the ring is just red", "dev=? ctx=- : red:solid:_:_:_:_:noblink"),
        TextCase("red x0", "dev=? ctx=- : red:solid:_:_:_:_:noblink"),
        TextCase("red blinks zero times", "dev=? ctx=- : red:off:_:_:_:_:_"),
        TextCase("solid blue. blinks: 0", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        // A dash before the number is not a minus; a fraction is the counts either side of it.
        TextCase("red blinks -3 times", "dev=? ctx=- : red:blink:3:_:_:_:_"),
        TextCase("red 2.5 times", "dev=? ctx=- : red:blink:2-3:_:_:_:_"),
        // More than any burst: blinking without end.
        TextCase("red x10^30", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase("red x1000001", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        // Lengths: without the minus, brief for none, without end past what can be written.
        TextCase("solid blue for 0 seconds", "dev=? ctx=- : blue:solid:_:_:brief:_:_"),
        TextCase("solid red for -5 seconds", "dev=? ctx=- : red:solid:_:_:seconds=5:_:_"),
        TextCase("solid blue for 10^400 seconds", "dev=? ctx=- : blue:solid:_:_:continuous:_:_"),
        TextCase("solid blue for 99999999999999999999 hours", "dev=? ctx=- : blue:solid:_:_:continuous:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test(arguments: ["red blinks -3 times", "red 2.5 times", "red x10^30", "solid red for 0 seconds"])
    func aNumberReadWithADoubtIsAWarning(_ input: String) throws {
        let parsed = try TextParserFixtures.parser.parse(input)
        #expect(parsed.warnings.count == 1, "\(parsed.warnings)")
    }
}
