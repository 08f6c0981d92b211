import Testing

@testable import LEDInput

/// A setup screen that waits for the device to show a light ("Waiting for doorbell to flash red", "waiting for
/// your camera to blink blue") names the setup; the light it waits for is expected, not what the light does.
@Suite struct TextParserWaitingForLightVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Setup screen says 'Waiting for doorbell to flash red...' but the ring is dark.",
            "dev=doorbell ctx=setup : none:off:_:_:_:_:_"),
        TextCase(
            "App says waiting for doorbell to flash red, but the ring is dark",
            "dev=doorbell ctx=setup : none:off:_:_:_:_:_"),
        TextCase(
            "Mini: waiting for your camera to blink blue, it is solid blue", "dev=mini ctx=setup : blue:solid:_:_:_:_:_"
        ),
        // waiting, and then the light the person sees
        TextCase("waiting for the doorbell. it flashes red", "dev=doorbell ctx=setup : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
