import Testing

@testable import LEDInput

extension TextParserCases {
    /// The examples of the issue and of `docs/event-language.md`, verbatim.
    static let issueExamples: [TextCase] = [
        TextCase(
            "red x6 after blue", device: "outdoor-4", "dev=outdoor-4 ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("solid blue, no blink", device: "mini", "dev=mini ctx=- : blue:solid:_:_:_:_:noblink"),
        TextCase("flashing red during setup", "dev=? ctx=setup : red:blink:_:_:_:_:_"),
        TextCase("keeps blinking red after reset", "dev=? ctx=after-reset : red:blink:_:_:continuous:_:_"),
        TextCase("blinking blue and solid green", "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase("blinking blue slowly after reset", "dev=? ctx=after-reset : blue:blink:_:slow:_:_:_"),
        TextCase("flashing red and blue", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("my Blink Mini keeps flashing red", "dev=mini ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase("red red red", "dev=? ctx=- : red:blink:3:_:_:_:_"),
        TextCase(
            "solid blue for 10 seconds then red flashes 5 or 6 times",
            "dev=? ctx=- : blue:solid:_:_:seconds=10:_:_ red:blink:5-6:_:_:_:_"),
        TextCase("nothing happens when I hold the reset button", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        TextCase(
            "it flashes red six times right after the blue light goes off",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("Outdoor 4 blinking red fast", "dev=outdoor-4 ctx=- : red:blink:_:fast:_:_:_"),
        TextCase("the light on my XT2 is flashing red 5x", "dev=xt2 ctx=- : red:blink:5:_:_:_:_"),
        TextCase("steady green and blue", "dev=? ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase("red light flickering nonstop", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase("solid blue and green", "dev=? ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase("red and blue flashing", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("blinking green with a steady blue", "dev=? ctx=- : blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        TextCase("won't go into pairing mode", "dev=? ctx=no-pairing-mode :"),
        TextCase("the blue recording light", "dev=? ctx=recording : blue:solid:_:_:_:_:_"),
        TextCase("red x6 after blue (Outdoor 4)", "dev=outdoor-4 ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
    ]
}

/// The phrasings quoted in the issue parse to exactly the events they mean.
@Suite struct TextParserIssueExampleTests {
    @Test(arguments: TextParserCases.issueExamples)
    func issueExample(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test func goesOffEndsTheBlueEventInsteadOfAddingAnOffEvent() throws {
        let parsed = try TextParserFixtures.parser.parse("it flashes red six times right after the blue light goes off")
        #expect(parsed.observation.events.map(\.kind) == [.solid, .blink])
        #expect(!parsed.observation.events.contains { $0.kind == .off })
    }

    @Test func noBlinkIsAFlagNotABlinkEvent() throws {
        let parsed = try TextParserFixtures.parser.parse("solid blue, no blink")
        #expect(parsed.observation.events.count == 1)
        #expect(parsed.observation.events.first?.flags == [.noBlink])
        #expect(parsed.observation.events.first?.kind == .solid)
    }
}
