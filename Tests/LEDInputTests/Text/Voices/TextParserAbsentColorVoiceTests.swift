import Testing

@testable import LEDInput

/// A blinking colour the light "never reached" is a state that never came: its colour is absent — nothing
/// beside another light or darkness, that colour dark alone — as "it never turned blue" is; a blink it used to
/// do, denied now, is that colour dark now.
@Suite struct TextParserAbsentColorVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "after the reset it sits on solid green and never reaches the flashing blue",
            "dev=? ctx=after-reset : green:solid:_:_:_:_:_"),
        TextCase(
            "steady green; it never reached blinking blue like the guide says", "dev=? ctx=- : green:solid:_:_:_:_:_"),
        TextCase("it never reached the blinking blue", "dev=? ctx=- : blue:off:_:_:_:_:_"),
        // Beside darkness an absent colour adds nothing either.
        TextCase(
            "held the pin in: it did not react, no green, nothing at all",
            "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        // A blink it used to do, then denied now, is over: that colour dark now.
        TextCase(
            "last spring the XT2 flashed red while pairing; today it will not flash red whatever I do",
            "dev=xt2 ctx=setup : red:blink:_:_:_:_:past red:off:_:_:_:_:_"),
        // "Nothing wrong" is no darkness.
        TextCase(
            "nothing wrong that I can see, the Mini shows a steady blue light",
            "dev=mini ctx=- : blue:solid:_:_:_:_:_"),
        // Reaching a light is a change to it.
        TextCase("it took a minute to reach solid blue", "dev=? ctx=- : blue:solid:_:_:minute:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
