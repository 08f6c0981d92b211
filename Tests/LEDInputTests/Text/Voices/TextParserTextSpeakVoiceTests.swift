import Testing

@testable import LEDInput

/// Numbers in text-speak: "24/7" is a light without end, not a count; "used 2" is "used to".
@Suite struct TextParserTextSpeakVoiceTests {
    static let cases: [TextCase] = [
        TextCase("xt2 blinks red 24/7", "dev=xt2 ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase("outdoor cam flashin red 24x7 smh", "dev=outdoor ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase(
            "it used 2 blink blue, now solid red", "dev=? ctx=- : blue:blink:_:_:_:_:past red:solid:_:_:_:_:_"),
        // A count of 24 stays a count.
        TextCase("flashes red 24 times", "dev=? ctx=- : red:blink:24:_:_:_:_"),
        // Chat spellings that glue letters and digits are words: "b4" opens what it used to do, "2day" is no length.
        TextCase(
            "b4 the update it was solid blue, now it blinks red",
            "dev=? ctx=- : blue:solid:_:_:_:_:past red:blink:_:_:_:_:_"),
        TextCase("mini blinkin red 2day", "dev=mini ctx=- : red:blink:_:_:_:_:_"),
        // Typed spellings of "before" read as it wherever the reader looks for the word.
        TextCase(
            "befor we moved it, it was solid blue. now red blinking",
            "dev=? ctx=- : blue:solid:_:_:_:_:past red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
