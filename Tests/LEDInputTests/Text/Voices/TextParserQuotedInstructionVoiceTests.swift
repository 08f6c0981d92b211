import Testing

@testable import LEDInput

/// An instruction quoted from the app or a setup screen tells what the light should do, not what it does:
/// its lights are dropped, what it has someone do stays. A quoted report is read as before, and so is an
/// instruction the owner says their light matches.
@Suite struct TextParserQuotedInstructionVoiceTests {
    static let cases: [TextCase] = [
        // app message mixed in: the held button stays, the red blinking it asks for does not
        TextCase(
            "App: \"Press and hold the reset button until the light blinks red\". I held it 10 sec, "
                + "the doorbell ring went solid red.",
            "dev=doorbell ctx=holding-reset : red:solid:_:_:_:_:_"),
        // non-native, the instruction before "but"
        TextCase(
            "The app is saying \"Wait for the light to blink blue\" but my Mini light is solid blue.",
            "dev=mini ctx=- : blue:solid:_:_:_:_:_"),
        // curly quotes and "please"
        TextCase(
            "Blink app step 2: “Please make sure the light is blinking blue” — my XT2 shows steady blue, no blinking",
            "dev=xt2 ctx=- : blue:solid:_:_:_:_:noblink"),
        // technician note quoting what the customer was told
        TextCase(
            "tech note: instructed cust 'press reset till LED goes red' - Outdoor 4 LED stayed off",
            "dev=outdoor-4 ctx=holding-reset : none:off:_:_:_:_:_"),
        // a quoted report, not an instruction
        TextCase(
            "Support chat: 'Customer reports Mini 2 solid green since reset yesterday.'",
            "dev=mini-2 ctx=after-reset : green:solid:_:_:hours:_:_"),
        // the owner's light is the one the instruction describes
        TextCase(
            "Sync Module 2, app: 'Make sure the blue light is blinking and the green light is solid.' "
                + "Mine is exactly that.",
            "dev=sync-module-2 ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
