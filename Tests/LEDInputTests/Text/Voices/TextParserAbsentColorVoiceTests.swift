import Testing

@testable import LEDInput

/// A blinking colour the light "never reached" is a state that never came: its colour is absent — nothing
/// beside another light or darkness, that colour dark alone — as "it never turned blue" is; a blink it used to
/// do, denied now, is that colour dark now. A light that "never came on" with no colour named and none told
/// before it is darkness; the app's expectation said in other grammars ("app say wait the red light") is not
/// the light. "Nothing" said of one colour ("nothing red, just the blue", "nothing on the green side") is that
/// colour absent too.
@Suite struct TextParserAbsentColorVoiceTests {
    static let cases: [TextCase] = [
        // "nothing" said of one colour is that colour absent
        TextCase(
            "Before new batteries: red 5x after each clip. After: nothing red, just the blue while it records.",
            "dev=? ctx=new-batteries,recording : red:blink:5:_:_:_:past blue:solid:_:_:_:_:_"),
        TextCase("sm2 blue steady, nothing on the green side", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("nothin green at all, blue solid", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("the blue one is on, nothing from the green one", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("held the reset: nothing red at all", "dev=? ctx=holding-reset : red:off:_:_:_:_:_"),
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
        // A light that never came on, with no colour named and none told before it: the light stayed dark.
        TextCase("the light never came on at all", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase(
            "I am install the doorbell and app say wait the red light but the light not come",
            "dev=doorbell ctx=setup : none:off:_:_:_:_:_"),
        TextCase("plugged it in, it didn't come on", "dev=? ctx=power-cycle : none:off:_:_:_:_:_"),
        // A colour told before it: only what is named is absent.
        TextCase("solid blue, the green never came on", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        // "not coming": a colour that does not come
        TextCase("the blue is not coming, only red blinking", "dev=? ctx=- : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
