/// Times of day said in words: "at noon", "about lunchtime", "at midnight", "it's now early evening",
/// "by teatime". Each is the hour it usually names, read as a time of day like "12:00", so a light said at
/// one and again ("still flashing") at another gets the length between them. Listed after the spans, so
/// "since lunchtime" (a length) wins over "lunchtime" alone.
extension LexiconEntries {
    /// Named times of day and the hour each stands for.
    package static let namedTimesOfDay: [(hour: Double, names: [String])] = [
        (0, ["midnight"]),
        (7, ["early morning", "breakfast time", "breakfasttime"]),
        (10, ["mid morning", "midmorning", "late morning"]),
        (12, ["noon", "midday", "lunchtime", "lunch time", "at lunch"]),
        (14, ["early afternoon"]),
        (15, ["mid afternoon", "midafternoon"]),
        (17, ["late afternoon", "teatime", "tea time"]),
        (18, ["early evening"]),
        // "evening" alone may be any evening ("yesterday evening"); said as now it is the time now.
        (
            19,
            [
                "now evening", "now the evening", "now in the evening", "it's now evening", "it is now evening",
                "its now evening",
                "now it's evening", "now it is evening",
            ]
        ),
        (21, ["late evening"]),
        (22, ["bedtime"]),
    ]

    static let dayTimes: [(TextMeaning, [String])] = namedTimesOfDay.map { (.clockTime($0.hour * 3600), $0.names) }
}
