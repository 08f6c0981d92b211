import Testing

@testable import LEDInput

/// On a device with separate LEDs, a light said to sit there with no kind of its own ("blue just sittin
/// there", "green sits there") is steady, and the clause of the other LED after a comma is the same moment.
/// A "then" still orders them.
@Suite struct TextParserSitsThereVoiceTests {
    @Test(arguments: [
        (
            "sm2 rn: blue just sittin there on, green goin nuts blinkin",
            "blue:solid:_:_:continuous:_:_&green:blink:_:_:_:_:_"
        ),
        ("blue just sitting there, green blinking", "blue:solid:_:_:continuous:_:_&green:blink:_:_:_:_:_"),
        ("my module: green sits there, blue flashing", "blue:blink:_:_:_:_:_&green:solid:_:_:continuous:_:_"),
        ("blue sitting there, then green flashing", "blue:solid:_:_:continuous:_:_ green:blink:_:_:_:_:_"),
    ])
    func aLightSittingThereIsSteadyBesideTheOther(_ text: String, _ events: String) throws {
        let parser = TextObservationParser(
            devices: TextParserFixtures.devices, separateLEDs: ["sync-module-2": [.blue, .green]])
        let canonical = try parser.parse(text, device: "sync-module-2").canonical
        #expect(canonical.hasSuffix(" : \(events)"))
    }
}
