import LEDCore

/// Shades named by two colours, the last one the colour ("orange-red", "greenish blue"), or by a colour
/// said to win over another ("more blue than green"): one colour, the one the shade is of — not two lights. A
/// dark colour after "is" or "went" ("it is dark blue") is that colour, not a dark LED.
extension LexiconEntries {
    /// The words that make "dark" a phrase of a dark LED ("is dark", "went dark").
    static let darkVerbs = ["is", "was", "stays", "stay", "goes", "go", "went", "going"]

    static let shades: [(TextMeaning, [String])] =
        // "it is dark blue": read before "is dark", which would make it a dark LED ("dark blue" is a colour's)
        [(LEDColor.red, "red"), (.blue, "blue"), (.green, "green")].map { color, name in
            (.color(color), darkVerbs.map { "\($0) dark \(name)" })
        } + [
            (
                .color(.red),
                [
                    "orange red", "orangey red", "orangy red", "orangish red", "orange ish red", "pinkish red",
                    "pinky red", "more red than orange", "more red than pink", "redder than orange",
                ]
            ),
            (
                .color(.blue),
                [
                    "greenish blue", "greeny blue", "green ish blue", "more blue than green", "bluer than green",
                    "more blue than purple", "purplish blue",
                ]
            ),
            (
                .color(.green),
                [
                    "bluish green", "blueish green", "bluey green", "blue ish green", "more green than blue",
                    "greener than blue", "yellowish green", "yellowy green",
                ]
            ),
        ]
}
