/// A single pulse denied, whatever the word for it: "not a single flicker", "not one wink", "without a single
/// blip" say the light never blinks, as "not a single blink" does (``TextMeaning/flag(_:)``, noblink).
extension LexiconEntries {
    /// The words for one pulse of the light.
    static let pulseNouns = [
        "blink", "flash", "flicker", "flick", "pulse", "wink", "blip", "glimmer", "twinkle", "strobe", "flash of light",
    ]
    /// The words that deny a single one.
    static let singleDenials = [
        "not a single", "no single", "not one", "without a single", "without a", "without one", "not even a",
        "not even one", "not even a single",
    ]

    /// Every denial of a single pulse: "not a single flicker", "without one wink".
    static let singleBlinkDenials: [String] = singleDenials.flatMap { denial in
        pulseNouns.map { "\(denial) \($0)" }
    }
}
