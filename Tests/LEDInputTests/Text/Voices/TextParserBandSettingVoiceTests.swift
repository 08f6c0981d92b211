import Testing

@testable import LEDInput

/// A Wi-Fi band named as the router's setting ("Router: band steering on, 2.4 and 5 GHz share the SSID", "our
/// router has 5 GHz on") is how the network is, not a network change; with a verb of changing before it in its
/// sentence ("I turned off the 5 GHz band", "after I disabled band steering") it is the change.
@Suite struct TextParserBandSettingVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "XT2 resetted, red blinking nonstop. Router: band steering on, 2.4 and 5 GHz share the SSID.",
            "dev=xt2 ctx=after-reset : red:blink:_:_:continuous:_:_"),
        TextCase("our router has 5 GHz on, camera blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "tech note: cam flashing red, site router 5GHz enabled, WPA2", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "Fritzbox does 2.4 and 5 GHz, the Mini keeps blinking red after the reset",
            "dev=mini ctx=after-reset : red:blink:_:_:continuous:_:_"),
        TextCase(
            "I turned off the 5 GHz band and now it blinks red", "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "after I disabled band steering the Mini flashed red for a minute",
            "dev=mini ctx=network-change : red:blink:_:_:minute:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
