import LEDCore

/// Quarters of a unit: "a quarter of a minute" (15 seconds), "a good quarter of an hour" (15 minutes), "three
/// quarters of an hour" (45 minutes), "a quarter hour" (in words; a digit before "quarters" is a number).
/// Without them "quarter" is dropped and the unit alone is read ("a minute", "an hour"), or the "three" is
/// taken for a count of hours.
extension LexiconEntries {
    /// Each quarter phrase's core and its length in seconds.
    static let quarterLengths: [(seconds: Double, phrases: [String])] = [
        (15, ["quarter of a minute", "quarter of a min", "quarter minute"]),
        (45, ["three quarters of a minute", "three quarter of a minute"]),
        (900, ["quarter of an hour", "quarter of an hr", "quarter hour", "quarter of a hour", "quarter hr"]),
        (
            2700,
            [
                "three quarters of an hour", "three quarter of an hour", "three quarter hour",
                "three quarters of a hour", "three quarters of an hr",
            ]
        ),
    ]

    static let quarters: [(TextMeaning, [String])] = quarterLengths.map { entry in
        (
            .exactDuration(EventDuration(seconds: entry.seconds)),
            entry.phrases.flatMap { phrase in
                ["", "a ", "for ", "for a ", "a good ", "for a good "].map { "\($0)\(phrase)" }
            }
        )
    }
}
