import Testing

@testable import LEDInput

extension TextParserCases {
    /// Every colour word, and the filler around it.
    static let colors: [TextCase] = [
        TextCase("red", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("the light is red", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("my LED is blue", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("it shows a green light", "dev=? ctx=- : green:solid:_:_:_:_:_"),
        TextCase("white lights", "dev=? ctx=- : white:solid:_:_:_:_:_"),
        TextCase("amber light blinking", "dev=? ctx=- : amber:blink:_:_:_:_:_"),
        TextCase("orange light blinking", "dev=? ctx=- : amber:blink:_:_:_:_:_"),
        TextCase("yellow flashing", "dev=? ctx=- : yellow:blink:_:_:_:_:_"),
        TextCase("purple light solid", "dev=? ctx=- : purple:solid:_:_:_:_:_"),
        TextCase("RED BLINKING", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("Solid Blue, No Blink", "dev=? ctx=- : blue:solid:_:_:_:_:noblink"),
        TextCase("dark blue light flashing", "dev=? ctx=- : blue:blink:_:_:_:_:_"),
        TextCase("a reddish light", "dev=? ctx=- : red:solid:_:_:_:_:_"),
    ]

    /// Every kind word, and the defaults for a colour without one.
    static let kinds: [TextCase] = [
        TextCase("solid red", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("steady red light", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("constant green", "dev=? ctx=- : green:solid:_:_:continuous:_:_"),
        TextCase("green light stays on", "dev=? ctx=- : green:solid:_:_:_:_:_"),
        TextCase("red light on", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("red lit up", "dev=? ctx=- : red:solid:_:_:_:_:_"),
        TextCase("it lights up blue", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("glowing amber", "dev=? ctx=- : amber:solid:_:_:_:_:_"),
        TextCase("blinking red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("it blinks blue", "dev=? ctx=- : blue:blink:_:_:_:_:_"),
        TextCase("flashing green", "dev=? ctx=- : green:blink:_:_:_:_:_"),
        TextCase("white light pulsing slowly", "dev=? ctx=- : white:blink:_:slow:_:_:_"),
        TextCase("the red light flickers", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("flashing red on and off", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("alternating red and blue", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("alternating blue and green lights", "dev=? ctx=- : blue-green:alt:_:_:_:_:_"),
        TextCase("switching between red and blue", "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        TextCase("flashing red and green", "dev=? ctx=- : green-red:alt:_:_:_:_:_"),
        TextCase("the light is off", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("LED is dark", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("no light at all", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("no lights", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("nothing", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("no reaction", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("red x6", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("red blinks", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("the Blink is solid blue", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("Blink camera flashing red 3 times", "dev=? ctx=- : red:blink:3:_:_:_:_"),
        TextCase("blinking red light, what does it mean?", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("it's blinking red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
    ]
}

/// Colours, kinds and the defaults: a bare colour is solid, with a count it blinks.
@Suite struct TextParserColorKindTests {
    @Test(arguments: TextParserCases.colors)
    func color(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test(arguments: TextParserCases.kinds)
    func kind(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test func offEventsHaveNoColor() throws {
        let event = try #require(try TextParserFixtures.parser.parse("no reaction").observation.events.first)
        #expect(event.colors.isEmpty)
        #expect(event.kind == .off)
    }
}
