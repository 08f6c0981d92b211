import Testing

@testable import LEDInput

/// A network change told in the passive — "until the router was replaced", "the wifi password got changed",
/// "modem has been replaced", "since the network was renamed" — is the network change, as "I replaced the
/// router" is.
@Suite struct TextParserPassiveNetworkChangeVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "the wifi password got changed by my husband and now the Mini flashes red",
            "dev=mini ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "ISP engineer came, modem has been replaced, XT2 blinking red since",
            "dev=xt2 ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "the Mini has been blinking red since the network was renamed",
            "dev=mini ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "our router got swapped yesterday, red flashing on the XT",
            "dev=xt ctx=network-change : red:blink:_:_:hours:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
