/// A light that comes on beside the one lit before, both lit after ("then the green joins it", "the green came on
/// too", "then comes also the green", "green lit too"): ``TextMeaning/joinsLight``.
extension LexiconEntries {
    static let joining: [(TextMeaning, [String])] = [
        (
            .joinsLight,
            [
                "joins it", "joined it", "join it", "joins in", "joined in", "joins them", "joined them", "came on too",
                "comes on too", "came on as well", "comes on as well", "also came on", "also comes on",
                "comes too", "came too", "comes also", "came also", "also comes", "also came", "comes as well",
                "came as well", "is also on", "also lit", "lit too", "on too", "lights up too", "lit up too",
                // "once powered it lit green, and seconds later blue came on beside it"
                "came on beside it", "comes on beside it", "came on next to it", "comes on next to it",
                "lit up beside it", "lights up beside it", "came on alongside it", "comes on alongside it",
            ]
        )
    ]
}
