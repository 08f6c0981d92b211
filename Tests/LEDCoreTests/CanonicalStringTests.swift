import Testing

@testable import LEDCore

@Suite("Canonical event string")
struct CanonicalStringTests {
    /// Strings that are canonical already: reading and writing gives the same bytes.
    static let canonicalStrings = [
        "dev=outdoor-4 ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_",
        "dev=mini ctx=- : blue:solid:_:_:_:_:noblink",
        "dev=? ctx=after-reset : blue:blink:_:slow:_:_:_",
        "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_",
        "dev=? ctx=- : blue-red:alt:_:_:_:_:_",
        "dev=? ctx=after-reset : red:blink:_:_:continuous:_:ongoing",
        "dev=xt2 ctx=- : red:blink:6:fast:brief=2.3:0.2/0.22:_",
        "dev=? ctx=holding-reset : none:off:_:_:_:_:_",
        "dev=? ctx=after-reset,setup : red:blink:5-6:medium:seconds=12.125:0.4/_:debounced,ongoing",
        "dev=sync-module-2 ctx=- : blue-green:solid:_:_:minutes=300:_:_",
        "dev=? ctx=- :",
        "dev=? ctx=app-offline,internet-restored,motion : red:blink:few:_:_:_:_ "
            + "red:blink:several:_:hours=7200:_:time-backwards",
    ]

    @Test("canonical strings round-trip byte for byte", arguments: canonicalStrings)
    func roundTrip(_ text: String) throws {
        let observation = try CanonicalReader.observation(from: text)
        #expect(observation.canonical == text)
        #expect(try CanonicalReader.observation(from: observation.canonical) == observation)
    }

    @Test("sorted parts: contexts, colours, concurrent events and flags are written in order")
    func sorting() throws {
        let observation = Observation(
            device: "mini", contexts: [.setup, .afterReset],
            steps: [
                EventStep([
                    LEDEvent(colors: [.green], kind: .solid),
                    LEDEvent(colors: [.red, .blue], kind: .alternating, flags: [.ongoing, .debounced]),
                ])
            ])
        #expect(
            observation.canonical
                == "dev=mini ctx=after-reset,setup : blue-red:alt:_:_:_:_:debounced,ongoing&green:solid:_:_:_:_:_")
    }

    @Test("trailing fields may be left out when reading")
    func lenientTrailingFields() throws {
        let observation = try CanonicalReader.observation(from: "dev=? ctx=- : blue:solid red:blink:6")
        #expect(observation.canonical == "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_")
    }

    @Test(
        "seconds are written at millisecond resolution without trailing zeros",
        arguments: [
            (0.0, "0"), (12.5, "12.5"), (0.125, "0.125"), (3.0004, "3"), (3.0996, "3.1"), (120.05, "120.05"),
            (0.001, "0.001"),
        ])
    func seconds(_ value: Double, _ expected: String) {
        var text = ""
        CanonicalSeconds.write(value, into: &text)
        #expect(text == expected)
    }

    struct BadInput: CustomTestStringConvertible, Sendable {
        var text: String
        var offset: Int
        var message: String
        var testDescription: String { text }
    }

    static let badInputs: [BadInput] = [
        BadInput(text: "device=mini", offset: 0, message: "expected \"dev=\""),
        BadInput(text: "dev=Mini ctx=- :", offset: 4, message: "a device id is lower-case letters"),
        BadInput(text: "dev=? ctx=bogus :", offset: 10, message: "unknown context \"bogus\""),
        BadInput(text: "dev=? ctx=- : rde:blink", offset: 14, message: "unknown color \"rde\""),
        BadInput(text: "dev=? ctx=- : red:blinky", offset: 18, message: "unknown kind \"blinky\""),
        BadInput(text: "dev=? ctx=- : red:blink:0", offset: 24, message: "a count is at least 1"),
        BadInput(text: "dev=? ctx=- : red:blink:1000000000000000000000000000000", offset: 24, message: "a count above"),
        BadInput(text: "dev=? ctx=- : red:blink:6-5", offset: 24, message: "a count range goes from low to high"),
        BadInput(text: "dev=? ctx=- : red:blink:-3", offset: 24, message: "a count is a number"),
        BadInput(text: "dev=? ctx=- : red:blink:_:_:seconds=-1", offset: 36, message: "seconds are written like"),
        BadInput(text: "dev=? ctx=- : red:blink:_:_:_:_:_:_", offset: 34, message: "an event has seven fields"),
        BadInput(text: "dev=? ctx=- : red:blink:_:_:_:_:glowing", offset: 32, message: "unknown flag \"glowing\""),
        BadInput(text: "dev=? ctx=- : red", offset: 14, message: "an event needs at least colors and kind"),
        BadInput(text: "dev=? ctx=- x", offset: 11, message: "expected \" :\""),
    ]

    @Test("errors name the byte offset and what was wrong", arguments: badInputs)
    func errors(_ input: BadInput) {
        #expect {
            _ = try CanonicalReader.observation(from: input.text)
        } throws: { error in
            guard let error = error as? CanonicalSyntaxError else { return false }
            return error.offset == input.offset && error.message.contains(input.message)
        }
    }

    @Test("the rendered error puts a caret under the offending character")
    func caret() throws {
        let error = try #require(throws: CanonicalSyntaxError.self) {
            try CanonicalReader.observation(from: "dev=? ctx=- : rde:blink")
        }
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[2] == "  " + String(repeating: " ", count: 14) + "^")
    }
}
