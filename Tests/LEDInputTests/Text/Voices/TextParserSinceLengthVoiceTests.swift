import Testing

@testable import LEDInput

/// A "since" clause that names a day or a part of one says the light has done what it does for hours:
/// "ever since the storm on Thursday", "since I rebooted the router this afternoon", "Since: last night"; so
/// does "since then" after a day named ("On Friday … Since then …"), but not after a time of day alone.
/// A "since" that gives a reason names no day and adds nothing.
@Suite struct TextParserSinceLengthVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "The porch cam has been blinking red ever since the storm on Thursday.",
            "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "Since we came back from holiday on Saturday, the XT2 keeps flashing red.",
            "dev=xt2 ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "since I rebooted the router this afternoon it blinks blue slowly",
            "dev=? ctx=- : blue:blink:_:slow:hours:_:_"),
        TextCase(
            "my partner says it has shown solid red since he fiddled with it this morning",
            "dev=? ctx=- : red:solid:_:_:hours:_:_"),
        // "since then" after a day named before: since that day.
        TextCase(
            "On Friday my son replaced the batteries. Since then the light has blinked blue slowly.",
            "dev=? ctx=new-batteries : blue:blink:_:slow:hours:_:_"),
        TextCase("we reset it at 9. since then it blinks blue", "dev=? ctx=after-reset : blue:blink:_:_:_:_:_"),
        // A reason, not a time: nothing to add.
        TextCase("it's blinking red since it's offline", "dev=? ctx=app-offline : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
