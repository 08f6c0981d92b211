import Testing

@testable import LEDInput

/// A length said once for a moment of separate LEDs (the Sync Module's blue and green) is how long both
/// have been that way: "blue solid, green flashing, about 40 minutes now". A "nonstop" of one LED stays
/// that LED's.
@Suite struct TextParserStepLengthVoiceTests {
    @Test(arguments: [
        (
            "SM2 hallway: blue solid, green flashing, about 40 minutes now.",
            "blue:solid:_:_:minutes=2400:_:_&green:blink:_:_:minutes=2400:_:_"
        ),
        (
            "the module has shown a slow blue blink beside a steady green for two hours",
            "blue:blink:_:slow:hours=7200:_:_&green:solid:_:_:hours=7200:_:_"
        ),
        ("blue on solid and the green blinks nonstop", "blue:solid:_:_:_:_:_&green:blink:_:_:continuous:_:_"),
    ])
    func aMomentOfSeparateLEDsSharesItsLength(_ text: String, _ events: String) throws {
        let parser = TextObservationParser(
            devices: TextParserFixtures.devices, separateLEDs: ["sync-module-2": [.blue, .green]])
        let canonical = try parser.parse(text, device: "sync-module-2").canonical
        #expect(canonical.hasSuffix(" : \(events)"))
    }
}
