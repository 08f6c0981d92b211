/// Drops a speed said of something other than the light: the network or the app ("the internet of the office
/// is very slow", "wifi is slow", "the app is slow to load", "live view is really slow"). Such a speed follows
/// the thing it is said of in its clause, with no light between; or it is "slow to" do something.
///
/// Runs after ``SinglePulsePass`` and before ``ResolvePass``.
struct OtherSpeedPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// Things a speed may be said of that are not the light.
    static let things: Set<String> = [
        "internet", "wifi", "connection", "network", "broadband", "app", "phone", "router", "upload", "download",
        "uploads", "downloads", "stream", "streaming", "view", "loading", "signal", "speed", "speeds", "fibre",
        "fiber", "service", "website",
    ]
    /// How many words before a speed the thing may stand.
    static let reach = 6

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if case .speed = item.meaning, saidOfAnotherThing(items, at: index) { continue }
            out.append(item)
        }
        return out
    }

    private func saidOfAnotherThing(_ items: [TextItem], at index: Int) -> Bool {
        let item = items[index]
        // "slow to load", "slow to connect"
        if word(item.last + 1) == "to", index + 1 == items.count || items[index + 1].first > item.last + 2 {
            return true
        }
        // The words back to the nearest item before it that describes the light, joins clauses or ends a sentence.
        let stop = items[..<index].lastIndex { $0.meaning.describesLight || $0.meaning.isJoin }
        let floor = stop.map { items[$0].last + 1 } ?? 0
        let from = max(floor, item.first - Self.reach)
        guard from < item.first else { return false }
        return (from..<item.first).contains { Self.things.contains(word($0)) }
    }
}
