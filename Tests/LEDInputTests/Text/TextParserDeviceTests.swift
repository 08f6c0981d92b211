import Testing

@testable import LEDInput

extension TextParserCases {
    /// Device names in the text, with aliases, any case and spacing; the longest alias wins.
    static let devices: [TextCase] = [
        TextCase("Red light blinking on my Outdoor 4", "dev=outdoor-4 ctx=- : red:blink:_:_:_:_:_"),
        TextCase("my outdoor4 is blinking red", "dev=outdoor-4 ctx=- : red:blink:_:_:_:_:_"),
        TextCase("OUTDOOR-4 solid blue", "dev=outdoor-4 ctx=- : blue:solid:_:_:_:_:_"),
        TextCase("my outdoor blinks red", "dev=outdoor ctx=- : red:blink:_:_:_:_:_"),
        TextCase("XT2 flashing green", "dev=xt2 ctx=- : green:blink:_:_:_:_:_"),
        TextCase("blink xt2 solid red", "dev=xt2 ctx=- : red:solid:_:_:_:_:_"),
        TextCase("Blink XT blinking blue", "dev=xt ctx=- : blue:blink:_:_:_:_:_"),
        TextCase("Blink Mini 2 blinking blue", "dev=mini-2 ctx=- : blue:blink:_:_:_:_:_"),
        TextCase("mini 2 solid green", "dev=mini-2 ctx=- : green:solid:_:_:_:_:_"),
        TextCase("Mini 2K+ solid green", "dev=mini-2k-plus ctx=- : green:solid:_:_:_:_:_"),
        TextCase("mini 2k plus blinking red", "dev=mini-2k-plus ctx=- : red:blink:_:_:_:_:_"),
        TextCase(
            "sync module xr blinking blue and solid green",
            "dev=sync-module-xr ctx=- : blue:blink:_:_:_:_:_&green:solid:_:_:_:_:_"),
        TextCase("Sync Module 2 solid green", "dev=sync-module-2 ctx=- : green:solid:_:_:_:_:_"),
        TextCase(
            "the sync module has solid blue and solid green lights",
            "dev=sync-module ctx=- : blue-green:solid:_:_:_:_:_"),
        TextCase("video doorbell flashing white", "dev=doorbell ctx=- : white:blink:_:_:_:_:_"),
        TextCase("doorbell light is solid amber", "dev=doorbell ctx=- : amber:solid:_:_:_:_:_"),
        TextCase("orange light blinking fast on the doorbell", "dev=doorbell ctx=- : amber:blink:_:fast:_:_:_"),
        TextCase("my indoor cam blinks blue", "dev=indoor ctx=- : blue:blink:_:_:_:_:_"),
        TextCase("Outdoor 4 flashing red 4 times", "dev=outdoor-4 ctx=- : red:blink:4:_:_:_:_"),
        TextCase(
            "red x6 after blue", device: "Outdoor 4", "dev=outdoor-4 ctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_"),
        TextCase("my XT2 blinks red", device: "mini", "dev=mini ctx=- : red:blink:_:_:_:_:_"),
    ]
}

/// Devices named in the text, and the alias table.
@Suite struct TextParserDeviceTests {
    @Test(arguments: TextParserCases.devices)
    func device(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test func lookupIgnoresCaseSpacesAndHyphens() {
        let table = TextParserFixtures.devices
        #expect(table.device(named: "outdoor4") == "outdoor-4")
        #expect(table.device(named: "OUTDOOR 4") == "outdoor-4")
        #expect(table.device(named: "Outdoor-4") == "outdoor-4")
        #expect(table.device(named: "mini 2k plus") == "mini-2k-plus")
        #expect(table.device(named: "sync-module-xr") == "sync-module-xr")
        #expect(table.device(named: "Mini") == "mini")
        #expect(table.device(named: "Mini 3") == nil)
    }

    /// On a device with separate LEDs, one clause per LED is one moment, across a comma or a full stop, and
    /// colours listed before the kind they share are lit together; a sequence word still orders them.
    @Test(arguments: [
        ("the two lights right now: blue, solid; green, blinking", "blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        ("the blue light is steady. The green one is blinking.", "blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        ("blue steady, green flashing", "blue:solid:_:_:_:_:_&green:blink:_:_:_:_:_"),
        ("blue steady, then green flashing", "blue:solid:_:_:_:_:_ green:blink:_:_:_:_:_"),
        // Colours listed before the kind they share.
        ("both LEDs (green, blue) lit", "blue-green:solid:_:_:_:_:_"),
        ("green, blue both flashing", "blue-green:blink:_:_:_:_:_"),
    ])
    func separateLEDsAcrossClauses(_ text: String, _ events: String) throws {
        let parser = TextObservationParser(
            devices: TextParserFixtures.devices, separateLEDs: ["sync-module-2": [.blue, .green]])
        #expect(try parser.parse(text, device: "sync-module-2").canonical == "dev=sync-module-2 ctx=- : \(events)")
    }

    @Test func theDeviceArgumentWinsOverTheText() throws {
        let parsed = try TextParserFixtures.parser.parse("my XT2 blinks red", device: "mini")
        #expect(parsed.observation.device == "mini")
    }

    @Test(arguments: [
        ("Outdoor 4", "outdoor-4"), ("sync-module-xr", "sync-module-xr"), ("Floodlight Cam", "floodlight-cam"),
    ])
    func theDeviceArgumentIsTakenInIDForm(_ given: String, _ id: String) throws {
        let parsed = try TextObservationParser().parse("red x6", device: given)
        #expect(parsed.canonical == "dev=\(id) ctx=- : red:blink:6:_:_:_:_")
    }

    @Test func anEmptyTableRecognisesNoDevice() throws {
        let parsed = try TextObservationParser().parse("Outdoor 4 blinking red 3 times")
        #expect(parsed.canonical == "dev=? ctx=- : red:blink:3:_:_:_:_")
    }

    @Test func aKeyClaimedTwiceResolvesTheSameWayEveryTime() {
        for _ in 0..<5 {
            let table = DeviceAliasTable(["Cam": "b-cam", "cam": "a-cam"])
            #expect(table.device(named: "CAM") == "a-cam")
        }
    }
}
