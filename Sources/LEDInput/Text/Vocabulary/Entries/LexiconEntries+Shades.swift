/// Shades named by two colours, the last one the colour ("orange-red", "greenish blue"), or by a colour
/// said to win over another ("more blue than green"): one colour, the one the shade is of — not two lights.
extension LexiconEntries {
    static let shades: [(TextMeaning, [String])] = [
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
