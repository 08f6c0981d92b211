import Testing

@testable import LEDInput

/// Technicians' and texters' words for situations: "post SSID change" (network change), "rec test" (recording),
/// "pwr cut", "pwr cyc", "pc'd", "powercut", "pwr loss", "after boot" and "pulling the batteries" (power cycle),
/// "post batt swap" (new batteries), "tried to connect it in the app" and learners' "try to connect
/// with app" (setup), "when I connect the cable" (power cycle).
@Suite struct TextParserTechnicianSituationVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "Outdoor post SSID change: LED red blink 25 min, not rejoined.",
            "dev=outdoor ctx=network-change : red:blink:_:_:minutes=1500:_:_"),
        TextCase(
            "XT2 rec test: LED blue solid 18 s -> off. No red after.",
            "dev=xt2 ctx=recording : blue:solid:_:_:seconds=18:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "Sync Module 2 blue solid n green blinkin since the pwr cut",
            "dev=sync-module-2 ctx=power-cycle : blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        TextCase(
            "Sync Module 2 blue solid n green flashing after pwr cyc",
            "dev=sync-module-2 ctx=power-cycle : blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        TextCase("cam pc'd, LED red blink", "dev=? ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase(
            "Doorbell ring still dark even after pulling the batteries for 5 seconds",
            "dev=doorbell ctx=power-cycle : none:off:_:_:_:_:_"),
        TextCase(
            "The Video Doorbell has stayed solid red since she tried to connect it in the app.",
            "dev=doorbell ctx=setup : red:solid:_:_:_:_:_"),
        TextCase(
            "Doorbell have red light, no blinking, from when I try to connect with app.",
            "dev=doorbell ctx=setup : red:solid:_:_:_:_:noblink"),
        TextCase(
            "When I connect the cable the light become red and blink and then become blue fixed.",
            "dev=? ctx=power-cycle : red:blink:_:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase(
            "Sync Module 2 got solid blu n blinkin grn since da powercut",
            "dev=sync-module-2 ctx=power-cycle : blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        TextCase(
            "Outdoor 4 post batt swap LED R blink then off",
            "dev=outdoor-4 ctx=new-batteries : red:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "Sync Module 2: B solid n G off, 3 min after boot",
            "dev=sync-module-2 ctx=power-cycle : blue:solid:_:_:minutes=180:_:_&green:off:_:_:minutes=180:_:_"),
        // "rec" is the recording, during it too; the reset button held with its place said between
        TextCase(
            "Indoor LED: solid blue during rec only, off after, no red.",
            "dev=indoor ctx=recording : blue:solid:_:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "Doorbell off mount, rst on back held 12 s -> red LED flashing on front.",
            "dev=doorbell ctx=holding-reset : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
