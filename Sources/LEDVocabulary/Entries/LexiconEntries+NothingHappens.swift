import LEDCore

/// Slang and emphatic ways of saying the light did nothing: "not a single flicker", "not even a glimmer",
/// "zilch, nada, not a peep". A single pulse denied is no blink at all (a flag on the light described, or
/// darkness alone), not a count of one; a sign of life denied is darkness. "Nothing" said of one colour ("nothing
/// red, just the blue", "nothing on the green side") is that colour absent: nothing beside another light, else that
/// colour off.
extension LexiconEntries {
    /// "nothing red", "nothing on the green side", for each colour.
    private static let nothingOfColor: [(TextMeaning, [String])] = LEDColor.allCases.map { color in
        let name = color.rawValue
        return (
            .absent([color]),
            ["nothing", "nothin", "nuthin"].flatMap { nothing in
                [
                    "\(nothing) \(name)", "\(nothing) \(name) at all", "\(nothing) on the \(name) side",
                    "\(nothing) on the \(name)", "\(nothing) on the \(name) one", "\(nothing) from the \(name)",
                    "\(nothing) from the \(name) one", "\(nothing) in \(name)", "\(nothing) of the \(name)",
                ]
            }
        )
    }

    /// Pulse words a "not a single …" denies.
    private static let deniedPulses = ["flicker", "blip", "twinkle", "pulse", "glimmer", "wink", "blink", "flash"]

    static let nothingHappens: [(TextMeaning, [String])] =
        [
            (
                .flag(.noBlink),
                deniedPulses.flatMap { pulse in
                    [
                        "not a single \(pulse)", "not one \(pulse)", "not one single \(pulse)", "not even a \(pulse)",
                        "not even one \(pulse)", "not even a single \(pulse)", "without a single \(pulse)",
                        "without even a \(pulse)", "without a \(pulse)", "not a \(pulse)",
                    ]
                }
            ),
            (
                .kind(.off),
                [
                    "not a peep", "not even a peep", "not a flicker of light", "not a glimmer of light", "no glimmer",
                    "nothing whatsoever", "diddly squat", "zero light", "zero lights", "no sign of any light",
                    "not a hint of light", "no light whatsoever",
                    // "The LED didn't do anything either time" ("I didn't do anything" is the owner's: NoEffectPass)
                    "didn't do anything", "didnt do anything", "did not do anything", "never did anything",
                    "didn't do a thing", "did not do a thing", "doesn't do a thing", "does not do a thing",
                ]
            ),
        ] + nothingOfColor
}
