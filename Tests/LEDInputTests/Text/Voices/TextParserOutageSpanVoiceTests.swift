import Testing

@testable import LEDInput

/// An internet outage told with the time it ended ("Internet down 06:00 to 08:30", "wifi out 02:00-05:30",
/// "ISP outage from 1 to 3 am") is over: the internet is back, from the end time on. The power's outage, an
/// outage still going and a light's own span (its length) are not.
@Suite struct TextParserOutageSpanVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Broadband down 01:00 to 04:00 last night; at 09:00 the XT2 is still blinking red",
            "dev=xt2 ctx=internet-restored : red:blink:_:_:hours:_:_"),
        TextCase(
            "wifi was out from 1 to 3 am, the Mini is still blinking red",
            "dev=mini ctx=internet-restored : red:blink:_:_:_:_:_"),
        TextCase(
            "ISP outage 22:00-23:30. From then on the Indoor is flashing red, its 23:50 now",
            "dev=indoor ctx=internet-restored : red:blink:_:_:minutes=1200:_:_"),
        TextCase("power out 02:00-05:30, now red blinking", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        // A light's own span is its length, not an outage.
        TextCase("red blinking 06:00 to 08:30", "dev=? ctx=- : red:blink:_:_:hours=9000:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
