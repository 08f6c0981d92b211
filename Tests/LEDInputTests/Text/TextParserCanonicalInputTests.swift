import LEDCore
import Testing

@testable import LEDInput

/// A text starting with `dev=` is a canonical string, read by `CanonicalReader`.
@Suite struct TextParserCanonicalInputTests {
    @Test func aCanonicalStringIsReadAsIs() throws {
        let text = "dev=mini ctx=after-reset : blue:solid:_:_:_:_:noblink red:blink:6"
        let parsed = try TextParserFixtures.parser.parse(text)
        #expect(parsed.observation == (try CanonicalReader.observation(from: text)))
        #expect(parsed.canonical == "dev=mini ctx=after-reset : blue:solid:_:_:_:_:noblink red:blink:6:_:_:_:_")
    }

    @Test func eventsPointAtTheirTokens() throws {
        let parsed = try TextParserFixtures.parser.parse("dev=? ctx=- : blue:solid red:blink:6")
        #expect(parsed.observation.events.map(\.source) == [.text(start: 14, end: 24), .text(start: 25, end: 36)])
        #expect(
            parsed.readings.map(\.meaning) == [
                "device ?", "no context", "event blue:solid:_:_:_:_:_", "event red:blink:6:_:_:_:_",
            ])
    }

    @Test func theDeviceArgumentWinsOverTheHeader() throws {
        let parsed = try TextParserFixtures.parser.parse("dev=mini ctx=- : red:solid", device: "xt2")
        #expect(parsed.observation.device == "xt2")
    }

    @Test func aSyntaxErrorPointsAtTheByteAsACharacterColumn() throws {
        let error = #expect(throws: ObservationParseError.self) {
            try TextParserFixtures.parser.parse("dev=mini ctx=- : red:blonk")
        }
        let found = try #require(error)
        #expect(found.utf8Offset == 21)
        #expect(found.start == 21 && found.end == 26)
    }

    @Test func offEventsRoundTripAsNone() throws {
        let parsed = try TextParserFixtures.parser.parse("dev=? ctx=holding-reset : none:off:_:_:_:_:_")
        #expect(parsed.observation.events == [LEDEvent(colors: [], kind: .off)])
    }
}
