import Testing

@testable import LEDInput

/// Corrections in the voices of the held-out style ("I said solid, but it is actually flashing", "I had
/// that backwards: the blue is the one blinking, the green is steady"), and a device named inside the
/// phrase of a situation ("pulled the Sync Module XR's plug").
@Suite struct TextParserCorrectionVoiceTests {
    static let cases: [TextCase] = [
        // "I said …" quotes the words said before: they are corrected, not a second light.
        TextCase(
            "The ring is solid red. Well, I said solid, but I looked closer and it is actually flashing, slowly.",
            "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase(
            "The Mini flashes red slowly, well, I said slowly but actually it's quick, about twice a second.",
            "dev=mini ctx=- : red:blink:_:fast:_:_:_"),
        TextCase("as I said, it blinks red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "my mini is blinkin blu — nah wait its red — been goin nonstop",
            "dev=mini ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase("it blinks red four times. Correction: five times", "dev=? ctx=- : red:blink:5:_:_:_:_"),
        // Both LEDs said again, one per clause, correct the moment of both.
        TextCase(
            "Sync Module 2 has the green light blinking and the blue one steady. Hang on, I had that backwards: the "
                + "blue is the one blinking, the green is steady.",
            "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        // A device name inside a situation's phrase is the device and the situation.
        TextCase(
            "Pulled the Sync Module XR's plug for a minute; now the light is solid blue and green",
            "dev=sync-module-xr ctx=power-cycle : blue-green:solid:_:_:minute:_:_"),
        TextCase(
            "after I reset the Sync Module 2 it blinks blue and green is solid",
            "dev=sync-module-2 ctx=after-reset : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase(
            "I unplugged the Outdoor 4 and plugged it back in, red blinking",
            "dev=outdoor-4 ctx=power-cycle : red:blink:_:_:_:_:_"),
        // A number alone after the correction is the corrected count.
        TextCase("it blinks red four times. Correction: it is six", "dev=? ctx=- : red:blink:6:_:_:_:_"),
        TextCase("red x4 on the XT. correction - 5", "dev=xt ctx=- : red:blink:5:_:_:_:_"),
        TextCase(
            "The Outdoor blinks red 3 times. Correction, I checked at 7:30 and it was 5",
            "dev=outdoor ctx=- : red:blink:5:_:_:_:_"),
        TextCase("it blinks red 4 times. no wait, it's 5", "dev=? ctx=- : red:blink:5:_:_:_:_"),
        // one account set right by another
        TextCase(
            "According to my flatmate the mini's light is solid blue, but I think it's actually blinking slowly.",
            "dev=mini ctx=- : blue:blink:_:slow:_:_:_"),
        TextCase("it's actually blinking red", "dev=? ctx=- : red:blink:_:_:_:_:_"),
        // Set right by the one who looked again, or by the teller of a second-hand account.
        TextCase(
            "My Blink camera show a red light... no, I look again, it is yellow, fixed, not blinking.",
            "dev=? ctx=- : yellow:solid:_:_:_:_:noblink"),
        TextCase(
            "My nephew first told me it was blinking red, then corrected himself: it's blinking blue, slowly.",
            "dev=? ctx=- : blue:blink:_:slow:_:_:_"),
        TextCase("blinking red, my bad, blinking blue", "dev=? ctx=- : blue:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
