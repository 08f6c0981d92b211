import Testing

@testable import LEDInput

extension TextParserCases {
    /// Longer descriptions, written the way people post them in forums and support chats.
    static let realWorld: [TextCase] = [
        TextCase(
            "Help! My Blink camera has a blinking red light and the app says it's offline",
            "dev=? ctx=app-offline : red:blink:_:_:_:_:_"),
        TextCase(
            "my sync module has a solid green light and a blinking blue light",
            "dev=sync-module ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase(
            "The sync module light is flashing blue and green", "dev=sync-module ctx=- : blue-green:alt:_:_:_:_:_"),
        TextCase(
            "After I set up my new Outdoor 4 the light flashes red 6 times",
            "dev=outdoor-4 ctx=setup : red:blink:6:_:_:_:_"),
        TextCase(
            "front light flashes red five times then nothing", "dev=? ctx=- : red:blink:5:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "the light blinks red slowly 3 times and then turns off",
            "dev=? ctx=- : red:blink:3:slow:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "Blue light comes on when motion is detected and stays on for about 20 seconds",
            "dev=? ctx=motion : blue:solid:_:_:seconds=20:_:_"),
        TextCase(
            "blue LED on, then red LED flashes 6 times fast",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:6:fast:_:_:_"),
        TextCase(
            "i see solid blue then it blinks red like 5 or 6 times",
            "dev=? ctx=- : blue:solid:_:_:_:_:_ red:blink:5-6:_:_:_:_"),
        TextCase(
            "it was solid blue for a while and now it's flashing green",
            "dev=? ctx=- : blue:solid:_:_:minutes:_:_ green:blink:_:_:_:_:_"),
        TextCase("nothing happens, no lights at all", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase(
            "The red light keeps blinking even after I replaced the batteries",
            "dev=? ctx=new-batteries : red:blink:_:_:continuous:_:_"),
        TextCase("red light flashes once every few seconds", "dev=? ctx=- : red:blink:_:slow:_:_:_"),
        TextCase(
            "blinks blue fast for about 5 seconds then solid green",
            "dev=? ctx=- : blue:blink:_:fast:seconds=5:_:_ green:solid:_:_:_:_:_"),
        TextCase(
            "it goes from blinking green to solid blue", "dev=? ctx=- : green:blink:_:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase("Light is blinking white and won't connect", "dev=? ctx=- : white:blink:_:_:_:_:_"),
        TextCase("LED blinking amber rapidly during setup", "dev=? ctx=setup : amber:blink:_:fast:_:_:_"),
        TextCase(
            "green light flashing, then blue light flashing, then solid blue",
            "dev=? ctx=- : green:blink:_:_:_:_:_ blue:blink:_:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase("solid blue light never turns off", "dev=? ctx=- : blue:solid:_:_:continuous:_:_"),
        TextCase("it blinks red, red, red then stops", "dev=? ctx=- : red:blink:3:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "red light blinks 3 times, pauses, blinks 3 times again",
            "dev=? ctx=- : red:blink:3:_:_:_:_ red:blink:3:_:_:_:_"),
        TextCase("Blinking red and green alternately", "dev=? ctx=- : green-red:alt:_:_:_:_:_"),
        TextCase("It is blinking green and red at the same time", "dev=? ctx=- : green-red:blink:_:_:_:_:_"),
        TextCase(
            "my XT2 flashes red twice and the blue light stays on",
            "dev=xt2 ctx=- : blue:solid:_:_:_:_:_&red:blink:2:_:_:_:_"),
        TextCase(
            "The light turns solid blue for 3 seconds and then goes off",
            "dev=? ctx=- : blue:solid:_:_:seconds=3:_:_ none:off:_:_:_:_:_"),
        TextCase("it stays solid red forever", "dev=? ctx=- : red:solid:_:_:continuous:_:_"),
        TextCase("red solid after wifi change", "dev=? ctx=network-change : red:solid:_:_:_:_:_"),
        TextCase(
            "Blinks green 10x after the internet came back on", "dev=? ctx=internet-restored : green:blink:10:_:_:_:_"),
        TextCase(
            "after unplugging and plugging it back in, red light flashes", "dev=? ctx=power-cycle : red:blink:_:_:_:_:_"
        ),
        TextCase("no reaction when I press reset", "dev=? ctx=holding-reset : none:off:_:_:_:_:_"),
        TextCase("it has no light after a power outage", "dev=? ctx=power-cycle : none:off:_:_:_:_:_"),
        TextCase(
            "while holding the reset button for 30 seconds the light blinks red",
            "dev=? ctx=holding-reset : red:blink:_:_:seconds=30:_:_"),
        TextCase(
            "blue light flashes two times then stays on", "dev=? ctx=- : blue:blink:2:_:_:_:_ blue:solid:_:_:_:_:_"),
        TextCase(
            "XT blinking green fast 3 times then red", "dev=xt ctx=- : green:blink:3:fast:_:_:_ red:blink:_:_:_:_:_"),
        TextCase("Mini 2 light solid white", "dev=mini-2 ctx=- : white:solid:_:_:_:_:_"),
        TextCase("red, blue, green", "dev=? ctx=- : red:solid:_:_:_:_:_ blue:solid:_:_:_:_:_ green:solid:_:_:_:_:_"),
        TextCase("Both blue and green are on", "dev=? ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase(
            "red light on for 2 minutes then off for 2 minutes",
            "dev=? ctx=- : red:solid:_:_:minutes=120:_:_ none:off:_:_:minutes=120:_:_"),
        TextCase(
            "Blink Outdoor 4 camera, light blinking red fast, app shows offline",
            "dev=outdoor-4 ctx=app-offline : red:blink:_:fast:_:_:_"),
        TextCase(
            "After factory reset: solid green, then blinking blue",
            "dev=? ctx=after-reset : green:solid:_:_:_:_:_ blue:blink:_:_:_:_:_"),
        TextCase("Reset it, now there is no light", "dev=? ctx=after-reset : none:off:_:_:_:_:_"),
        TextCase("won't turn on at all", "dev=? ctx=- : none:off:_:_:_:_:_"),
        TextCase("its been blinking blue for hours", "dev=? ctx=- : blue:blink:_:_:hours:_:_"),
        TextCase("blinking blue for 3 days", "dev=? ctx=- : blue:blink:_:_:hours=259200:_:_"),
        TextCase("led goes solid amber after 5 blinks", "dev=? ctx=- : amber:blink:5:_:_:_:_ amber:solid:_:_:_:_:_"),
        TextCase("I pressed reset and it flashed red 3x", "dev=? ctx=holding-reset : red:blink:3:_:_:_:_"),
        TextCase("flashes red x6 then blue x3", "dev=? ctx=- : red:blink:6:_:_:_:_ blue:blink:3:_:_:_:_"),
        TextCase("my doorbell won't stop flashing green", "dev=doorbell ctx=- : green:blink:_:_:continuous:_:_"),
        TextCase("blue light is constantly on", "dev=? ctx=- : blue:solid:_:_:continuous:_:_"),
        TextCase("light keeps turning on and off blue", "dev=? ctx=- : blue:blink:_:_:continuous:_:_"),
        TextCase("one red blink then two green blinks", "dev=? ctx=- : red:blink:1:_:_:_:_ green:blink:2:_:_:_:_"),
        TextCase(
            "there are two lights, one solid green and one blinking blue",
            "dev=? ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase(
            "red light flickering nonstop since the power outage",
            "dev=? ctx=power-cycle : red:blink:_:_:continuous:_:_"),
    ]
}

/// Whole descriptions as people type them.
@Suite struct TextParserRealWorldTests {
    @Test(arguments: TextParserCases.realWorld)
    func realWorld(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
