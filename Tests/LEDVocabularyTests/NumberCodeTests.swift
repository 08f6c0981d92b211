import Testing

@testable import LEDVocabulary

/// The text form of the build-time tables' numbers: every value reads back, and the text never needs escaping in a
/// raw string literal.
@Suite("Number code")
struct NumberCodeTests {
    @Test("numbers written as text read back", arguments: [0, 1, 31, 32, 33, 1023, 1024, 65_535, 1 << 40])
    func numberCodeRoundTrips(_ value: Int) {
        var writer = NumberCode.Writer()
        writer.append(value)
        writer.append(7)
        var text = writer.text
        #expect(!text.contains("\"") && !text.contains("\\") && !text.contains("#"))
        text.withUTF8 { bytes in
            var reader = NumberCode.Reader(bytes)
            #expect(reader.next() == value)
            #expect(reader.next() == 7)
            #expect(reader.isAtEnd)
            #expect(reader.next() == nil)
        }
    }
}
