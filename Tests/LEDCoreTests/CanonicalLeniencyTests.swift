import Testing

@testable import LEDCore

/// What the canonical reader accepts beyond what the writer writes (docs/event-language.md, "As
/// input"): harmless variants are read and written back in the one canonical form; a string that
/// contradicts itself is an error at the byte where it does.
@Suite("Canonical reader leniency")
struct CanonicalLeniencyTests {
    struct Variant: Sendable, CustomTestStringConvertible {
        var text: String
        var canonical: String
        var testDescription: String { text }
    }

    /// Accepted variants and the canonical string each is written back as.
    static let variants: [Variant] = [
        Variant(text: "dev=? ctx=- : red:blink:6", canonical: "dev=? ctx=- : red:blink:6:_:_:_:_"),
        Variant(
            text: "\u{FEFF}dev=? ctx=- : red:solid:_:_:_:_:_ \r\n", canonical: "dev=? ctx=- : red:solid:_:_:_:_:_"),
        Variant(
            text: "dev=? ctx=- :  red:solid:_:_:_:_:_   blue:off",
            canonical: "dev=? ctx=- : red:solid:_:_:_:_:_ blue:off:_:_:_:_:_"),
        Variant(text: "dev=? ctx=- : red:blink:06", canonical: "dev=? ctx=- : red:blink:6:_:_:_:_"),
        Variant(text: "dev=? ctx=- : red:blink:05-006", canonical: "dev=? ctx=- : red:blink:5-6:_:_:_:_"),
        Variant(
            text: "dev=? ctx=- : red:solid:_:_:seconds=012.500:0.20/00.3",
            canonical: "dev=? ctx=- : red:solid:_:_:seconds=12.5:0.2/0.3:_"),
        Variant(
            text: "dev=? ctx=- : red:solid:_:_:brief=1.23456",
            canonical: "dev=? ctx=- : red:solid:_:_:brief=1.235:_:_"),
        Variant(text: "dev=? ctx=setup,after-reset :", canonical: "dev=? ctx=after-reset,setup :"),
        Variant(text: "dev=? ctx=setup,setup :", canonical: "dev=? ctx=setup :"),
        Variant(text: "dev=? ctx=- : red-blue:alt", canonical: "dev=? ctx=- : blue-red:alt:_:_:_:_:_"),
        Variant(
            text: "dev=? ctx=- : red:solid&blue:blink",
            canonical: "dev=? ctx=- : blue:blink:_:_:_:_:_&red:solid:_:_:_:_:_"),
        Variant(
            text: "dev=? ctx=- : red:blink:_:_:_:_:ongoing,debounced,ongoing",
            canonical: "dev=? ctx=- : red:blink:_:_:_:_:debounced,ongoing"),
        // Bucket edges: seconds rounded to the millisecond may sit on the next bucket's edge.
        Variant(
            text: "dev=? ctx=- : red:solid:_:_:brief=3", canonical: "dev=? ctx=- : red:solid:_:_:brief=3:_:_"),
        Variant(
            text: "dev=? ctx=- : red:solid:_:_:hours=3600", canonical: "dev=? ctx=- : red:solid:_:_:hours=3600:_:_"),
        Variant(
            text: "dev=? ctx=- : red:solid:_:_:minutes=3599.9996",
            canonical: "dev=? ctx=- : red:solid:_:_:minutes=3600:_:_"),
        Variant(text: "dev=? ctx=- : none:off", canonical: "dev=? ctx=- : none:off:_:_:_:_:_"),
    ]

    @Test("accepted variants are written back in canonical form", arguments: variants)
    func variant(_ input: Variant) throws {
        let observation = try CanonicalReader.observation(from: input.text)
        #expect(observation.canonical == input.canonical)
        #expect(try CanonicalReader.observation(from: observation.canonical) == observation)
    }

    struct Contradiction: Sendable, CustomTestStringConvertible {
        var text: String
        var offset: Int
        var message: String
        var testDescription: String { text }
    }

    /// Strings that contradict themselves: each is an error at the byte where the contradiction is.
    static let contradictions: [Contradiction] = [
        Contradiction(text: "dev=? ctx=- : red-red:solid", offset: 18, message: "the color red is named twice"),
        Contradiction(text: "dev=? ctx=- : blue-red-blue:alt", offset: 23, message: "the color blue is named twice"),
        Contradiction(
            text: "dev=? ctx=- : red:solid:_:_:brief=3600", offset: 34,
            message: "3600 seconds is not brief (brief is under 3 s)"),
        Contradiction(
            text: "dev=? ctx=- : red:solid:_:_:hours=12", offset: 34,
            message: "12 seconds is not hours (hours is 3600 s or more)"),
        Contradiction(
            text: "dev=? ctx=- : red:solid:_:_:minute=30", offset: 35,
            message: "30 seconds is not minute (minute is 45 s to under 90 s)"),
        Contradiction(
            text: "dev=? ctx=- : red:blink:_:_:continuous=5", offset: 39,
            message: "continuous has no end, so no length in seconds"),
        Contradiction(
            text: "dev=? ctx=- : none:blink:6", offset: 19, message: "none is no light: its kind is off, not blink"),
        Contradiction(
            text: "dev=? ctx=- : red:off:_ none:solid", offset: 29,
            message: "none is no light: its kind is off, not solid"),
        Contradiction(
            text: "dev=? ctx=- : none:off:6", offset: 23, message: "none is no light: it has no count"),
    ]

    @Test("a string that contradicts itself is an error at the contradiction", arguments: contradictions)
    func contradiction(_ input: Contradiction) {
        #expect {
            _ = try CanonicalReader.observation(from: input.text)
        } throws: { error in
            guard let error = error as? CanonicalSyntaxError else { return false }
            return error.offset == input.offset && error.message.contains(input.message)
        }
    }
}
