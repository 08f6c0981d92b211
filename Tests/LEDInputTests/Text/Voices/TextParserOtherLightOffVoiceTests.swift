import Testing

@testable import LEDInput

/// Two LEDs said side by side, one on and the other off, gone or out ("blue on green off", "only green and
/// the blue is gone", "green lit, blue gone"): the second light is off beside the first, not a light that
/// went out after it. After a "then" it is no such light beside another.
@Suite struct TextParserOtherLightOffVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "sync modul blue on green off for like 5 min now", device: "sync-module-2",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:minutes=300:_:_&green:off:_:_:minutes=300:_:_"),
        TextCase(
            "my Sync Module 2 has green on blue off since I moved it",
            "dev=sync-module-2 ctx=- : blue:off:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase(
            "Sync Module: only green and the blue is gone",
            "dev=sync-module ctx=- : blue:off:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase(
            "Sync Module XR: green lit and blue gone. cams all offline",
            "dev=sync-module-xr ctx=app-offline : blue:off:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase(
            "sync module 2 - blue steady and green one is out",
            "dev=sync-module-2 ctx=- : blue:solid:_:_:_:_:_&green:off:_:_:_:_:_"),
        TextCase(
            "blue on, then red x6, then blue gone",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_ blue:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
