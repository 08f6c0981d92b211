import Testing

@testable import LEDInput

/// A light said to come "too", "also" or "as well" after another joins it: both are lit after ("then comes also the
/// green", "after that the green comes too", "then green lit too").
@Suite struct TextParserComesTooVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "blue solid one minute, then comes also the green",
            "dev=? ctx=- : blue:solid:_:_:minute=60:_:_ blue-green:solid:_:_:_:_:_"),
        TextCase(
            "blue solid one minute, after that the green comes too",
            "dev=? ctx=- : blue:solid:_:_:minute=60:_:_ blue-green:solid:_:_:_:_:_"),
        TextCase("blue solid, then green lit too", "dev=? ctx=- : blue:solid:_:_:_:_:_ blue-green:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
