import Testing

@testable import LEDInput

/// Everyday words for a situation or a length that owners use beside the usual ones: batteries called
/// "cells" or "alkalines", power pulled "at the mains" or "at the wall", the app's own "Add Video Doorbell"
/// screen, walking "into the room", "the password of the wifi" changed; a light "for what feels like ages",
/// "all time", one that does "not change"; "an hr", "a few mins"; "a handful" of flashes; and two times of
/// day before a light as its span ("14:02 to 14:03 red flashing").
@Suite struct TextParserEverydayWordsVoiceTests {
    static let cases: [TextCase] = [
        // Situations.
        TextCase(
            "XT2: cells swapped this morning, red blink x4 then nothing",
            "dev=xt2 ctx=new-batteries : red:blink:4:_:_:_:_ none:off:_:_:_:_:_"),
        TextCase(
            "I put in fresh alkalines and the blue light came on and stayed",
            "dev=? ctx=new-batteries : blue:solid:_:_:_:_:_"),
        TextCase(
            "we switched it off at the mains and back on, now it blinks green",
            "dev=? ctx=power-cycle : green:blink:_:_:_:_:_"),
        TextCase(
            "the app is on the Add Video Doorbell screen and the light flashes red slowly",
            "dev=doorbell ctx=setup : red:blink:_:slow:_:_:_"),
        TextCase(
            "every time my son walks into the room the indoor cam goes solid blue",
            "dev=indoor ctx=motion : blue:solid:_:_:_:_:_"),
        TextCase(
            "Yesterday I change the password of the wifi and now the camera is blinking the red light",
            "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
        TextCase(
            "I gave the router a new password at lunch and now its LED is flashing red",
            "dev=? ctx=network-change : red:blink:_:_:_:_:_"),
        // Lengths with no end in sight.
        TextCase(
            "for what feels like ages the red light flashes and flashes",
            "dev=? ctx=- : red:blink:_:_:continuous:_:_"),
        TextCase("sync module is red all time, not change", "dev=sync-module ctx=- : red:solid:_:_:continuous:_:_"),
        TextCase("the green light doesn't change, just solid", "dev=? ctx=- : green:solid:_:_:continuous:_:_"),
        // A chat's short forms of a length.
        TextCase(
            "someone walked past like an hr ago n the cam is STILL flashin red",
            "dev=? ctx=motion : red:blink:_:_:hours:_:_"),
        TextCase(
            "blinking red for a few mins, then solid blue",
            "dev=? ctx=- : red:blink:_:_:minutes:_:_ blue:solid:_:_:_:_:_"),
        // A vague count.
        TextCase(
            "the red flashed a handful of times then stopped",
            "dev=? ctx=- : red:blink:few:_:_:_:_ none:off:_:_:_:_:_"),
        // Two times of day before the light: its span.
        TextCase(
            "14:02 to 14:03 red flashing. 14:03 light off",
            "dev=? ctx=- : red:blink:_:_:minute=60:_:_ none:off:_:_:_:_:_"),
        TextCase("9:10 to 9:40 blue blinking slow", "dev=? ctx=- : blue:blink:_:slow:minutes=1800:_:_"),
        TextCase("the light was red 9:10-9:40, then fine", "dev=? ctx=- : red:solid:_:_:minutes=1800:_:_"),
        TextCase("red flashing from 14:02 to 14:05", "dev=? ctx=- : red:blink:_:_:minutes=180:_:_"),
        // Times told one after another are not a span.
        TextCase(
            "at 8:00 it flashed red. at 8:05 it went solid red",
            "dev=? ctx=- : red:blink:_:_:minutes=300:_:_ red:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }
}
