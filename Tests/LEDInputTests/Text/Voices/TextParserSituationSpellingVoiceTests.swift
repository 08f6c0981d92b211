import Testing

@testable import LEDInput

/// Situations spelt as owners spell them: "WLAN" for Wi-Fi in every Wi-Fi phrase ("changed the WLAN
/// password"), a reset typed fast ("factory rset") or named as other languages name it ("the
/// reinitialisation", "reinitialized it").
@Suite struct TextParserSituationSpellingVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Since I changed the WLAN password my Mini blinks red",
            "dev=mini ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "new WLAN router yesterday, XT2 flashing red ever since",
            "dev=xt2 ctx=network-change : red:blink:_:_:hours:_:_"),
        TextCase("did a factory rset, now solid blue", "dev=? ctx=after-reset : blue:solid:_:_:_:_:_"),
        TextCase(
            "After the reinitialisation the camera Indoor stays with the red fixed",
            "dev=indoor ctx=after-reset : red:solid:_:_:_:_:_"),
        TextCase(
            "I reinitialized the Outdoor, the light blinks blue", "dev=outdoor ctx=after-reset : blue:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
