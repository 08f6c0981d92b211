import LEDCore

/// An internet outage told with the time it ended: "Internet down 06:00 to 08:30", "wifi out 02:00-05:30",
/// "ISP outage from 1 to 3 am". An outage that has an end is over: the internet is back
/// (``ObservationContext/internetRestored``), from the end time on.
extension NumberPass {
    /// What goes down: the internet and the things that carry it (not the power).
    static let outageNouns: Set<String> = [
        "internet", "wifi", "fi", "broadband", "network", "connection", "isp", "fibre", "fiber", "router", "modem",
        "web", "net",
    ]
    /// The going down.
    static let outageWords: Set<String> = ["down", "out", "offline", "outage", "dropped", "gone"]
    /// How many words before the times the outage is looked for.
    static let outageReach = 6

    /// Whether the words just before token `first` tell an internet outage ("Internet down", "wifi was out
    /// from", "ISP outage between").
    func outageBefore(_ first: Int) -> Bool {
        let start = max(0, first - Self.outageReach)
        guard start < first else { return false }
        for token in stride(from: first - 1, through: start, by: -1) where Self.outageWords.contains(word(token)) {
            let nounStart = max(0, token - 3)
            guard nounStart < token else { return false }
            return (nounStart..<token).contains { Self.outageNouns.contains(word($0)) }
        }
        return false
    }

    /// The items for a span of times of day that ends an outage told before it: the internet back, and the
    /// time it came back (which starts what the light did since).
    func outageEnd(_ group: Group, endingAt seconds: Double, last: Int) -> [TextItem] {
        [
            TextItem(.context(.internetRestored), group.first, last),
            TextItem(.clockTime(seconds), group.first, last),
        ]
    }
}
