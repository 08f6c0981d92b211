/// "without blink" as learners and quick typists write it ("the green one is standing on without blink",
/// "green without flash"): the light is lit and does not blink, as "without blinking" says. Read word by word,
/// "without" would deny a blink verb and leave the light dark ("doesn't flash red").
extension LexiconEntries {
    static let withoutBlink: [(TextMeaning, [String])] = [
        (
            .flag(.noBlink),
            ["blink", "blinks", "flash", "flashes", "any blink", "any flash", "any blinks", "any flashes"].map {
                "without \($0)"
            }
        )
    ]
}
