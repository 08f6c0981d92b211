import Testing

@testable import LEDInput

/// An outage said to be still going on, "ISP outage ongoing", "internet outage still in progress",
/// "ongoing ISP outage", "outage not resolved": not the internet back.
@Suite struct TextParserOngoingOutageVoiceTests {
    static let cases: [TextCase] = [
        TextCase("Outdoor: red blink. ISP outage ongoing.", "dev=outdoor ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "Outdoor 4 flashing red, internet outage still in progress", "dev=outdoor-4 ctx=- : red:blink:_:_:_:_:_"),
        TextCase("Mini blinking red, ongoing ISP outage", "dev=mini ctx=- : red:blink:_:_:_:_:_"),
        TextCase("XT2: red blink 1 Hz. Outage not resolved.", "dev=xt2 ctx=- : red:blink:_:medium:_:_:_"),
        TextCase("Outdoor red blinking, wifi outage continues", "dev=outdoor ctx=- : red:blink:_:_:_:_:_"),
        TextCase("Outdoor red blinking. ISP outage over.", "dev=outdoor ctx=internet-restored : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
