import Testing

@testable import LEDInput

/// Situations in the words of learners, techs and texters: the power's return ("when the power return"),
/// plugging back in with the prefix ("after re-plugging it"), setting up by scanning the QR ("scannin the qr"),
/// putting the device in the app, batteries said to be new after the fact ("Batts new") or counted ("put the two
/// batteries in"), and the device "put back to factory settings".
@Suite struct TextParserSituationPhraseVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "When the power return my camera Mini make the red blinking",
            "dev=mini ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase("after re-plugging it the XT2 is solid blue", "dev=xt2 ctx=power-cycle : blue:solid:_:_:_:_:_"),
        TextCase("scannin the qr n the light goin blue on off", "dev=? ctx=setup : blue:blink:_:_:_:_:_"),
        TextCase(
            "I have put the Outdoor 4 in the app, the light is blinking blue",
            "dev=outdoor-4 ctx=setup : blue:blink:_:_:_:_:_"),
        TextCase("XT: no LED at all. Batts new.", "dev=xt ctx=new-batteries : none:off:_:_:_:_:_"),
        // the device put back to factory settings is the reset, not batteries put back
        TextCase(
            "I have put the Mini back to factory settings, now it blinks blue slowly",
            "dev=mini ctx=after-reset : blue:blink:_:slow:_:_:_"),
        TextCase(
            "put it back to factory, red blinking nonstop", "dev=? ctx=after-reset : red:blink:_:_:continuous:_:_"),
        // the doorbell's two cells counted are new batteries
        TextCase(
            "I have only just put the two batteries in. The ring is flashing red on and off.",
            "dev=? ctx=new-batteries : red:blink:_:_:_:_:_"),
        TextCase("put both batteries in and it blinks red", "dev=? ctx=new-batteries : red:blink:_:_:_:_:_"),
        // a new provider or its box, a router channel
        TextCase(
            "Today we change the internet company and they give new box. Now my Outdoor 4 is blinking red.",
            "dev=outdoor-4 ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "router channel changed 19:00; XT red blinking then dark",
            "dev=xt ctx=network-change : red:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
        // the cells taken out and put back in one word
        TextCase("Reseated cells once, doorbell LED never lit.", "dev=doorbell ctx=power-cycle : none:off:_:_:_:_:_"),
        // technicians' "rec" for the recording
        TextCase(
            "XT side gate: rec ends, blu LED off -> red x5, fast.",
            "dev=xt ctx=recording : blue:solid:_:_:_:_:_ red:blink:5:fast:_:_:_"),
        // learners' "after finish the video", "not make any light"; slang "put batts in"
        TextCase(
            "Camera XT2 after finish the video make the red light 6 time. Is battery problem?",
            "dev=xt2 ctx=recording : red:blink:6:_:_:_:_"),
        TextCase(
            "The doorbell not make any light when I put the batteries, I wait 5 minutes.",
            "dev=doorbell ctx=new-batteries : none:off:_:_:minutes=300:_:_"),
        TextCase(
            "doorbell went red blinky when i put batts in then nothin",
            "dev=doorbell ctx=new-batteries : red:blink:_:_:_:_:_ none:off:_:_:_:_:_"),
        // the app's waiting screen names the device
        TextCase(
            "app on 'Waiting for the doorbell', no red blink", "dev=doorbell ctx=setup : red:off:_:_:_:_:_"),
        TextCase(
            "doorbell reset done i think, red went blinky blinky for a few secs n now its pitch black",
            "dev=doorbell ctx=after-reset : red:blink:_:_:seconds:_:_ none:off:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
