import Testing

@testable import LEDInput

/// What `leddiag explain` draws carets from: the readings of recognised words and the events' sources.
@Suite struct TextParserReadingTests {
    private func readings(_ text: String, device: String? = nil) throws -> [String] {
        try TextParserFixtures.parser.parse(text, device: device).readings.map {
            "\($0.start)..<\($0.end) \($0.text): \($0.meaning)"
        }
    }

    @Test func readingsOfAnOrderedObservation() throws {
        #expect(
            try readings("red x6 after blue") == [
                "0..<3 red: color red", "4..<6 x6: count 6", "7..<12 after: order: after", "13..<17 blue: color blue",
            ])
    }

    @Test func afterBeforeASituationIsPartOfTheContextReading() throws {
        #expect(
            try readings("keeps blinking red after reset") == [
                "0..<5 keeps: duration continuous", "6..<14 blinking: kind blink", "15..<18 red: color red",
                "19..<30 after reset: context after-reset",
            ])
    }

    @Test func deviceNegationAndContextReadings() throws {
        let actual = try readings("my Outdoor 4 is solid blue, no blink, when I wave")
        #expect(
            actual == [
                "3..<12 Outdoor 4: device outdoor-4", "16..<21 solid: kind solid", "22..<26 blue: color blue",
                "26..<27 ,: order: ,", "28..<36 no blink: flag noblink", "38..<49 when I wave: context motion",
            ])
    }

    @Test func readingsCountCharactersInNonASCIIText() throws {
        let parsed = try TextParserFixtures.parser.parse("🔴 red ×6 after blue")
        let count = try #require(parsed.readings.first { $0.role == .count })
        #expect(count.start == 6 && count.end == 8)
        #expect(count.utf8Start == 9 && count.utf8End == 12)
        #expect(count.text == "×6")
    }

    @Test func eachEventPointsAtTheWordsThatProducedIt() throws {
        let parsed = try TextParserFixtures.parser.parse("red x6 after blue")
        #expect(parsed.observation.events.map(\.source) == [.text(start: 13, end: 17), .text(start: 0, end: 6)])
    }

    @Test func aConcurrentStepKeepsEachEventsOwnSource() throws {
        let parsed = try TextParserFixtures.parser.parse("blinking blue and solid green")
        let sources = parsed.observation.events.map(\.source)
        #expect(sources == [.text(start: 0, end: 13), .text(start: 18, end: 29)])
    }

    @Test func fillerWordsHaveNoReading() throws {
        let parsed = try TextParserFixtures.parser.parse("the light on my camera is red")
        #expect(parsed.readings.map(\.text) == ["red"])
    }
}
