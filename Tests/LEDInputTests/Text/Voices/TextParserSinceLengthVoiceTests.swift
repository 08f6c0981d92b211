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
        // A day named in the situation itself, as a note shortens it, with a "'s", or a first day.
        TextCase(
            "Sync Module XR: LED stuck solid red since ISP modem swap Fri.",
            "dev=sync-module-xr ctx=network-change : red:solid:_:_:hours:_:_"),
        TextCase(
            "Hi there, the Outdoor 4 has been blinking red ever since Friday's storm.",
            "dev=outdoor-4 ctx=- : red:blink:_:_:hours:_:_"),
        TextCase("it keeps flashing red since yesterday's update", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "small status LED solid blue since it was mounted last month", "dev=? ctx=- : blue:solid:_:_:hours:_:_"),
        TextCase("blinkin red since day one lol", "dev=? ctx=- : red:blink:_:_:hours:_:_"),
        TextCase(
            "My father says the doorbell has been solid blue since the day he installed it.",
            "dev=doorbell ctx=- : blue:solid:_:_:hours:_:_"),
        TextCase("Mini red blink since January, please help", "dev=mini ctx=- : red:blink:_:_:hours:_:_"),
        // A reason, not a time: nothing to add.
        TextCase("it's blinking red since it's offline", "dev=? ctx=app-offline : red:blink:_:_:_:_:_"),
        TextCase("it's blinking red since it may be offline", "dev=? ctx=app-offline : red:blink:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
