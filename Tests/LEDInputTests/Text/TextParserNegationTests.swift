import LEDCore
import Testing

@testable import LEDInput

extension TextParserCases {
    /// "no blink", "never blinks", "doesn't light up", "won't stop", "won't go into pairing mode".
    static let negation: [TextCase] = [
        TextCase("solid blue, doesn't blink", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        // "nothing blinks" right after a light: its blinking negated, not darkness beside it.
        TextCase("solid red, nothing blinks", "dev=? ctx=- : red:solid:_:_:_:_:noblink"),
        TextCase("nothing is blinking, just a steady red", "dev=? ctx=- : red:solid:_:_:_:_:noblink"),
        TextCase("nothing blinks", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("it goes off, blinks red", "dev=? ctx=- : none:off:_:_:_:_:_ red:blink:_:_:_:_:_"),
        // Non-native grammar: "don't do anything" is "doesn't do anything".
        TextCase("when I hold the reset the light don't do anything", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        TextCase("holding reset 20 s, light dont do nothing", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        TextCase("solid blue, does not blink", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        TextCase("the blue light stays on and never blinks", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        TextCase("it does not blink, just solid green", "dev=? ctx=- : green:solid:_:_:_:_:noblink"),
        TextCase("not blinking, solid blue", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        // A negated blink with its colour and no other state: that light is dark ("doesn't flash red").
        TextCase("never blinks red", "dev=? ctx=- : red:off:_:_:_:_:_"),
        TextCase("green light, no blinking at all", "dev=? ctx=- : green:solid:_:_:_:_:noblink"),
        TextCase("blue light doesn’t flash", "dev=? ctx=- : blue:off:_:_:_:_:_"),
        TextCase("blue light, doesn’t flash", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        TextCase("the light doesn't turn on", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("doesn't light up at all", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("no blue light", "dev=? ctx=- : blue:off:_:_:_:_:_"),
        TextCase("no lights after new batteries", "dev=? ctx=new-batteries : none:off:_:_:_:_:_"),
        TextCase("it won't go into pairing mode", "dev=? ctx=no-pairing-mode :"),
        TextCase("won't go into pairing mode, blinking blue", "dev=? ctx=no-pairing-mode : blue:blink:_:_:_:_:_"),
        TextCase("can't get it into pairing mode, solid green", "dev=? ctx=no-pairing-mode : green:solid:_:_:_:_:_"),
        TextCase("blinking blue in pairing mode", "dev=? ctx=setup : blue:blink:_:_:_:_:_"),
        // A light said never to come on, and no LED activity at all, is darkness.
        TextCase("the doorbell light never comes on", "dev=doorbell ctx=- : none:off:_:_:_:_:_"),
        TextCase(
            "held reset btn 15 s with a pin. Zero LED activity.", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        TextCase("RST held 15 s; LED: nothing", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        TextCase("flashs red twice then nothin", "dev=? ctx=- : red:blink:2:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "held the reset btn n nothin, no lite, no nothin",
            "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
    ]
}

/// Negations set flags or change kinds; they never create a blink event.
@Suite struct TextParserNegationTests {
    @Test(arguments: TextParserCases.negation)
    func negation(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test(arguments: ["no blink", "never blinks", "doesn't blink", "does not blink", "not blinking"])
    func negatedBlinkFlagsTheOnlyEvent(_ phrase: String) throws {
        let parsed = try TextParserFixtures.parser.parse("solid red, \(phrase)")
        #expect(parsed.observation.events == [LEDEvent(colors: [.red], kind: .solid, flags: [.noBlink])])
    }
}
