import Testing

@testable import LEDInput

/// Words beside the light that are not the light: "or nothing" after a denial is emphasis ("not flashin or
/// nothin"), what the device "can't connect to" is no darkness, a likeness ("red like a stop sign") is no
/// end, and how long the power was off ("mains pulled 20 s", "batteries out 10 s") is not how long the light
/// then lasted.
@Suite struct TextParserAsideVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Sync Module 2 solid red, no flashing or nothing", "dev=sync-module-2 ctx=- : red:solid:_:_:_:_:noblink"),
        TextCase(
            "the camera blinks red all day, cant connect to nothin",
            "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "my sync module 2 lit up red like a stop sign and stays", "dev=sync-module-2 ctx=- : red:solid:_:_:_:_:_"),
        TextCase(
            "Sync Module XR: pulled the mains 15 s, restored. then solid green",
            "dev=sync-module-xr ctx=power-cycle : green:solid:_:_:_:_:_"),
        TextCase(
            "XT2 batteries out 10 seconds, back in: red blinking",
            "dev=xt2 ctx=power-cycle : red:blink:_:_:_:_:_"),
        // A length said with "ago" is the light's: it has lasted since then.
        TextCase(
            "unplugged it 20 minutes ago, red blinking since",
            "dev=? ctx=power-cycle : red:blink:_:_:minutes=1200:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
