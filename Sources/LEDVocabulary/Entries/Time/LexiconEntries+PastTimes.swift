/// A time long past said with "back in" ("Back in October the Indoor finished every clip with five red
/// flashes", "back in the summer"): what follows, up to "now", is what the light used to do — and "back in" is
/// not the batteries put back in.
extension LexiconEntries {
    /// The months, for "back in October" (and, in ``PastReferencePass``, "last October").
    package static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    static let pastTimes: [(TextMeaning, [String])] = [
        (
            .pastMarker,
            (months + ["the spring", "the summer", "the autumn", "the fall", "the winter", "the day"]).map {
                "back in \($0)"
            }
        )
    ]
}
