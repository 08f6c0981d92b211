import Testing

@testable import LEDInput

/// Learners' "have" for a light ("Doorbell not have any light", "My Mini is not have any light") is no light,
/// and a colour that never came ("red and not change to blue", "never change to green") is not a light of that
/// colour.
@Suite struct TextParserLearnerHaveLightVoiceTests {
    static let cases: [TextCase] = [
        TextCase("Doorbell not have any light when I press", "dev=doorbell ctx=- : none:off:_:_:_:_:_"),
        TextCase("My Mini is not have any light since morning", "dev=mini ctx=- : none:off:_:_:hours:_:_"),
        TextCase("Indoor camera don't have any light", "dev=indoor ctx=- : none:off:_:_:_:_:_"),
        TextCase(
            "Mini after reset is red and not change to blue", "dev=mini ctx=after-reset : red:solid:_:_:_:_:_"),
        TextCase("the Outdoor 4 stay red, never change to green", "dev=outdoor-4 ctx=- : red:solid:_:_:_:_:_"),
        // without a colour, "never change" is a light that goes on
        TextCase("My XT2 is blinking red, it never change", "dev=xt2 ctx=- : red:blink:_:_:continuous:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
