import Testing

@testable import LEDInput

/// A device name that ends in a number, with a possessive ("the XT2's batteries", "the Mini 2's plug", "the
/// Outdoor 4's batteries"), is the device inside the situation, as "the XR's plug" is; and a clause that goes on
/// after such a name ("… inside the XT2's battery compartment until the light flashes red") does not open a
/// sentence of its own.
@Suite struct TextParserNumberedPossessiveVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "I reinserted the XT2's batteries and it flashed red", "dev=xt2 ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase(
            "I reinserted the Mini 2's batteries and it flashed red", "dev=mini-2 ctx=power-cycle : red:blink:_:_:_:_:_"
        ),
        TextCase(
            "changed the Outdoor 4's batteries, now red x6 after clips",
            "dev=outdoor-4 ctx=new-batteries,recording : red:blink:6:_:_:_:_"),
        TextCase("replaced the XT2's batteries and it flashes red", "dev=xt2 ctx=new-batteries : red:blink:_:_:_:_:_"),
        TextCase(
            "The installer told me to hold the button inside the XT2's battery compartment until the light flashes "
                + "red. He says it's flashed red a couple of times now, so I've let go.",
            "dev=xt2 ctx=holding-reset : red:blink:2:_:_:_:_"),
        TextCase("Mini 2 blinks red 2 times", "dev=mini-2 ctx=- : red:blink:2:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
