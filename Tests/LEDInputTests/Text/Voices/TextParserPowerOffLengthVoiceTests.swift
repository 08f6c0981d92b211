import Testing

@testable import LEDInput

/// A stretch said of the power or the internet being off ("we lost electricity for about twenty minutes", "a
/// power cut of about an hour", "internet was down for like 3 hrs") or a length with "unplugged" after it is
/// theirs, not the light's. A length of the light after the power word, one "ago", and a "since" that says when
/// the internet came back stay.
@Suite struct TextParserPowerOffLengthVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "power was out for two hours; when it came back the mini blinked red",
            "dev=mini ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase(
            "the power went off for 10 minutes, then the camera flashed red",
            "dev=? ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase(
            "After a power cut of about an hour the Mini flashes red",
            "dev=mini ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase(
            "internet was down for like 3 hrs, its back now n my xt is STILL blinkin red",
            "dev=xt ctx=internet-restored : red:blink:_:_:_:_:_"),
        TextCase(
            "Electricity was cut in our street for one hour. When it come back, my Sync Module XR is showing one "
                + "green and one blue light, both lit.",
            "dev=sync-module-xr ctx=power-cycle : blue-green:solid:_:_:_:_:_"),
        TextCase(
            "Before I unplugged it the XR had a steady red light; after 20 seconds unplugged and back in, it shows "
                + "blue and green blinking together.",
            device: "sync-module-xr",
            "dev=sync-module-xr ctx=power-cycle : red:solid:_:_:_:_:past blue-green:blink:_:_:_:_:_"),
        // The light's own length, a time ago, a time the internet came back.
        TextCase(
            "since the power cut it has blinked red for 20 minutes",
            "dev=? ctx=power-cycle : red:blink:_:_:minutes=1200:_:_"),
        TextCase(
            "unplugged it 10 minutes ago and it blinks red", "dev=? ctx=power-cycle : red:blink:_:_:minutes=600:_:_"),
        TextCase(
            "the wifi is come back yesterday but the Mini 2 continue to blink red",
            "dev=mini-2 ctx=internet-restored : red:blink:_:_:hours:_:_"),
        // the batteries out for a while: their length, not the light's
        TextCase(
            "the XT camera has a solid green light that never goes away, even after I took the batteries out for a "
                + "minute.",
            "dev=xt ctx=power-cycle : green:solid:_:_:continuous:_:_"),
        TextCase(
            "took the batteries out for 30 seconds, put them back, red blinked for a minute",
            "dev=? ctx=power-cycle : red:blink:_:_:minute:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
