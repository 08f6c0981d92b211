/// Vague lengths said as a share of a day or as "a good …": "for most of the afternoon", "the better part of
/// the day", "the entire night", "half a day" (hours); "a good while", "quite a while" (minutes, as "for a
/// while"); "a good hour" (hours); "a good few minutes" (minutes, not a count of few); the span up to now
/// ("for the past hour", "the last few minutes", "the past couple of days"), "few"/"couple of" before a unit
/// a vague length of it, not a count. Listed after the timing entries, so a phrase spelt there wins.
extension LexiconEntries {
    /// Parts of a day (and the day and week themselves) that a share of is said of.
    static let dayParts = ["day", "morning", "afternoon", "evening", "night", "weekend", "week", "arvo"]
    /// The words that say a share of a part of a day: "most of the …", "the entire …".
    static let dayShares = [
        "most of the", "much of the", "the better part of the", "the best part of the", "the entire",
        "the whole of the", "all through the", "throughout the", "half the",
    ]

    /// Spans up to now ("the last hour"), which after "in" or "within" say when, not how long ("blinked red a
    /// few times in the last hour").
    static let recentSpans = [
        "hour", "few minutes", "few hours", "couple of hours", "couple of minutes", "day", "half hour",
    ]

    static let spans: [(TextMeaning, [String])] = [
        (
            .ignored,
            ["in the past", "in the last", "within the past", "within the last"].flatMap { window in
                recentSpans.map { "\(window) \($0)" }
            }
        ),
        (
            .duration(.hours),
            dayShares.flatMap { share in dayParts.flatMap { ["\(share) \($0)", "for \(share) \($0)"] } } + [
                "half a day", "for half a day", "a good hour", "for a good hour", "a solid hour", "for a solid hour",
                "since the early morning", "since early this morning", "since the early hours", "since dawn",
                "few hours", "couple of hours", "couple hours", "past hour", "last hour", "past few hours",
                "last few hours", "past couple of hours", "last couple of hours", "few days", "couple of days",
                "couple days", "past few days", "last few days", "past day", "past couple of days",
                // "a couple (of)" before a unit is a vague length, not a count of two
                "a couple of hours", "for a couple of hours", "a couple hours", "for a couple hours", "couple hrs",
                "a couple hrs", "couple of hrs", "a couple of hrs", "for a couple hrs", "a couple of days",
                "for a couple of days", "a couple days", "for a couple days",
            ]
                + dayParts.flatMap { part in
                    // "from morning itself", "since today morning", "from the evening": since that part of the day
                    [
                        "from \(part)", "from the \(part)", "from \(part) itself", "since \(part) itself",
                        "from this \(part)",
                        "from today \(part)", "since today \(part)", "from early \(part)",
                    ]
                }
        ),
        (
            .duration(.minutes),
            [
                "a good while", "for a good while", "quite a while", "for quite a while", "a long while",
                "for a long while", "a good long while", "for a good long while", "a good few minutes",
                "for a good few minutes", "the best part of an hour", "for the best part of an hour",
                "few minutes", "couple of minutes", "couple minutes", "past few minutes", "last few minutes",
                "past couple of minutes", "last couple of minutes", "past half hour", "last half hour",
                "couple mins", "a couple mins", "couple of mins", "a couple of mins", "for a couple mins",
                "for a couple of mins", "for a couple minutes", "couple min", "a couple min",
            ]
        ),
        (.duration(.minute), ["a good minute", "for a good minute"]),
        // "a couple of" with a short unit, as "a couple of seconds" is: brief
        (
            .duration(.brief),
            [
                "a couple of secs", "for a couple of secs", "a couple of sec", "for a couple of sec", "a sec or two",
                "for a sec or two", "a second or so", "for a second or so", "a sec or so", "for a sec or so",
            ]
        ),
        (
            .duration(.seconds),
            [
                "a good few seconds", "for a good few seconds", "past few seconds", "last few seconds",
            ]
        ),
    ]
}
