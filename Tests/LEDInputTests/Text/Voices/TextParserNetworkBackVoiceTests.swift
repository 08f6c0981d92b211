import Testing

@testable import LEDInput

/// The internet told back in the owner's own words: a network's name with a word of return a few words
/// after it, or a return said of "it" after a sentence that says the network was down. A return denied,
/// asked about or supposed, and "the wifi back to" a setting, are no return.
@Suite struct TextParserNetworkBackVoiceTests {
    static let cases: [TextCase] = [
        // non-native, across sentences
        TextCase(
            "The internet of my house was not working from Friday until Saturday. Now it is working again, "
                + "but the XT2 still is blinking red.",
            "dev=xt2 ctx=internet-restored : red:blink:_:_:_:_:_"),
        // polite, an auxiliary between
        TextCase(
            "The broadband has been back for three hours and the Mini 2K+ still blinks red.",
            "dev=mini-2k-plus ctx=internet-restored : red:blink:_:_:_:_:_"),
        // technician timeline
        TextCase(
            "Indoor: fibre down 09:00, back 09:40. LED red blinking since.",
            "dev=indoor ctx=internet-restored : red:blink:_:_:_:_:_"),
        // slang
        TextCase(
            "wifi finally working again but the mini still blinkin red",
            "dev=mini ctx=internet-restored : red:blink:_:_:_:_:_"),
        // not yet back
        TextCase("the internet is not back yet and the mini blinks red", "dev=mini ctx=- : red:blink:_:_:_:_:_"),
        // asked
        TextCase("Is the internet back? The mini blinks red.", "dev=mini ctx=- : red:blink:_:_:_:_:_"),
        // a setting put back
        TextCase(
            "I switched the wifi back to the old password and the mini blinks red",
            "dev=mini ctx=network-change : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
