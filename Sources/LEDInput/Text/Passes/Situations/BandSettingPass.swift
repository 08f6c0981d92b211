/// Reads a Wi-Fi band named without a change as the router's setting, not a network change: "Cust router =
/// Smart Connect, 5 GHz on", "In our router the 2,4 and 5 GHz have one same name", "band steering is on" say how
/// the network is, which matters to the diagnosis through its rules, not as something just done to it. A band
/// named with a verb of changing before it in its sentence is the change ("turned off the 5ghz band", "disabled
/// band steering", "moved it to my new 2.4 GHz network").
///
/// Runs before ``ProposalPass``.
struct BandSettingPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// The words of a band's name, which say a change only beside a verb of changing.
    static let bandWords: Set<String> = ["ghz", "band", "bands", "steering"]
    /// Words that change a network setting, or say the network is a new one.
    static let changeWords: Set<String> = [
        "turned", "turn", "turning", "toggled", "toggle", "toggling", "disabled", "disable", "disabling", "enabled",
        "enable", "enabling", "switched", "switch", "switching", "moved", "move", "moving", "changed", "change",
        "changing", "split", "splitting", "separated", "separate", "separating", "renamed", "rename", "new",
        "connected", "reconnected", "joined", "join", "forced", "force", "put", "set", "created",
        "added", "removed", "killed", "shut", "deactivated", "activated", "swapped", "dropped", "went", "tried",
    ]
    /// How many words before the band a verb of changing may stand.
    static let reach = 8

    func run(_ items: [TextItem]) -> [TextItem] {
        items.indices.compactMap { index in
            let item = items[index]
            guard item.meaning == .context(.networkChange), names(item), !changed(before: item.first, items, index)
            else { return item }
            return nil
        }
    }

    /// Whether every word of the item is a band's ("ghz", "ghz band", "band steering").
    private func names(_ item: TextItem) -> Bool {
        (item.first...item.last).allSatisfy { token in
            let said = word(token)
            return said.isEmpty || Self.bandWords.contains(said)
        }
    }

    /// Whether a verb of changing stands in the few words before token `first`, in its sentence.
    private func changed(before first: Int, _ items: [TextItem], _ index: Int) -> Bool {
        let sentenceStart =
            items[..<index].last(where: { $0.meaning == .order(.sentence) }).map { $0.last + 1 } ?? 0
        let start = max(sentenceStart, first - Self.reach)
        guard start < first else { return false }
        return (start..<first).contains { Self.changeWords.contains(word($0)) }
    }
}
