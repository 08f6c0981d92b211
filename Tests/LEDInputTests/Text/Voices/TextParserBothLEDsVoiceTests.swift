import Testing

@testable import LEDInput

/// "Both lights" on a device whose colours are separate LEDs (the Sync Module's blue and green), with no colour
/// told before it: both of those LEDs ("both lights solid", "Old router: both lights solid. New router: …").
@Suite struct TextParserBothLEDsVoiceTests {
    static let cases: [TextCase] = [
        TextCase("both lights solid", device: "sync-module-2", "dev=sync-module-2 ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase(
            "both LEDs steady, no blinking", device: "sync-module",
            "dev=sync-module ctx=- : blue-green:solid:_:_:_:_:noblink"),
        TextCase(
            "both leds flashing at the same time", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue-green:blink:_:_:_:_:_"),
        TextCase(
            "On the old router: both lights solid. On the new router: the green one blinks, the blue stays.",
            device: "sync-module-2",
            "dev=sync-module-2 ctx=network-change : blue-green:solid:_:_:_:_:past "
                + "blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"
        ),
        // colours told before "both" stay what "both" means
        TextCase(
            "the blue came on, then the green, then both stayed solid", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:_:_:_ green:solid:_:_:_:_:_ blue-green:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) throws {
        let parser = TextParserFixtures.separateLEDParser
        #expect(try parser.parse(testCase.input, device: testCase.device).canonical == testCase.canonical)
    }

    /// One LED of two "still", the other told beside it at a later time, is a new moment of both (it was merged
    /// into the earlier moment, leaving the green blinking alone).
    @Test func oneLEDStillBesideTheOtherIsANewMoment() throws {
        let canonical = try TextParserFixtures.separateLEDParser.parse(
            "06:30 solid blue and solid green. 07:00 blue still solid but green started blinking.",
            device: "sync-module-2"
        ).canonical
        let tokens = canonical.split(separator: " ")
        #expect(tokens.count == 5)
        #expect(tokens.last?.hasPrefix("blue:solid:") == true && tokens.last?.contains("&green:blink:") == true)
    }

    @Test func oneLEDDevicesReadNoColourForBoth() throws {
        let parser = TextParserFixtures.separateLEDParser
        #expect(throws: (any Error).self) { try parser.parse("both lights solid", device: "mini") }
    }
}
