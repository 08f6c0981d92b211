import Testing

@testable import LEDInput

/// Speech-to-text writes colours and counts as words that sound like them: "flashing read", "the read light",
/// "blinks blew for times". Beside what the light does, or right before the light, they are the colour or the
/// count (and the reading says so in a note); "read" as the verb, and "for" or "to" anywhere else, read as before.
@Suite struct TextParserSoundAlikeVoiceTests {
    static let cases: [TextCase] = [
        TextCase("it's been flashing read ever since", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase(
            "whenever a car goes by the camera gives one little read flash and then nothing",
            "dev=? ctx=motion : red:blink:1:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("the doorbell is solid read", "dev=doorbell ctx=- : red:solid:_:_:_:_:_"),
        TextCase("the read light keeps blinking", "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase(
            "it blinks blew for times and then goes dark", "dev=? ctx=- : blue:blink:4:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase("it flashed red to times", "dev=? ctx=- : red:blink:2:_:_:_:_"),
        TextCase("it flashes red 3 to 4 times", "dev=? ctx=- : red:blink:3-4:_:_:_:_"),
        TextCase("I read blinking red means offline", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase("I read the manual, the light is solid blue", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test("a sound-alike read as a colour is noted")
    func soundAlikeIsNoted() throws {
        let parsed = try TextObservationParser().parse("it's flashing read")
        #expect(parsed.repairs.map(\.note) == ["read \"read\" as \"red\""])
    }
}
