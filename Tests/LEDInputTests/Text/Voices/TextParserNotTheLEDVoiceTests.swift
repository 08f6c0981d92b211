import Testing

@testable import LEDInput

/// The device's other parts and features are not its LED: the colour of its housing or stand ("The Mini's stand is
/// white plastic; can I paint it black?"), the Floodlight's lamps ("the floodlight lamps don't turn on at night",
/// "Lamps OK"), features said to work ("clips and live view are fine", "motion OK", "missed clips") and what a clip
/// shows ("nothing is in the video"). They tell no light and no situation; a light named beside them still reads.
@Suite struct TextParserNotTheLEDVoiceTests {
    static let notLight = [
        "The Mini's stand is white plastic; can I paint it black?",
        "the floodlight lamps don't turn on at night",
        "got a motion alert at 3am but nothing is in the video",
        "Spotlights won't turn on when someone walks up, what now?",
        "the red casing of my XT2 got scratched, can I order a new one?",
    ]

    @Test(arguments: notLight)
    func readsNoLight(_ text: String) {
        #expect(throws: ObservationParseError.self) {
            _ = try TextParserFixtures.parser.parse(text)
        }
    }

    static let cases: [TextCase] = [
        TextCase("Lamps OK, motion OK, status LED solid blue", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("clips and live view are fine but the ring is dark", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("missed clips lately and the camera blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("the cover is black but the light is blue and solid", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
        TextCase(
            "When I stepped outside the camera flashed red once", "dev=? ctx=motion : red:blink:1:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
