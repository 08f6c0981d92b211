import Testing

@testable import LEDInput

/// An "-ing" word typed without its g ("scannin", "holdin", "pluggin") is read as the "-ing" word when that
/// word is known, so the situations it names are read; other words ending in "-in" are left alone.
@Suite struct TextParserDroppedGVoiceTests {
    static let cases: [TextCase] = [
        TextCase(
            "scannin the qr code on my mini rn, light goin red on off", "dev=mini ctx=setup : red:blink:_:_:_:_:_"),
        TextCase(
            "after pluggin the doorbell back in its flashin red", "dev=doorbell ctx=power-cycle : red:blink:_:_:_:_:_"),
        TextCase("been holdin the reset button 10 secs, red flashin", "dev=? ctx=holding-reset : red:blink:_:_:_:_:_"),
        TextCase("the robin sat on the cabin, light solid blue", "dev=? ctx=- : blue:solid:_:_:_:_:_"),
    ]

    @Test(arguments: cases)
    func reads(_ testCase: TextCase) {
        #expect(TextParserFixtures.canonical(of: testCase) == testCase.canonical)
    }

    @Test func theRepairIsNoted() throws {
        let parsed = try TextParserFixtures.parser.parse("after pluggin it back in, light red")
        #expect(parsed.repairs.map(\.readAs) == ["plugging"])
    }
}
