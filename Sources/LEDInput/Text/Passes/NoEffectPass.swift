import LEDCore

/// "XT blinking red for 2 hours. Router reboot did nothing.", "flashing red all day; I pulled the batteries
/// for 30 s - nothing", "it blinks red all the time and ringing it does nothing": a "nothing" that says what
/// a remedy or an action did, after a light already told, is that the remedy changed nothing — the light
/// goes on as told — not the light going dark. Said with no light before it ("unplugged it, nothing"), or
/// after holding the reset button (whose light is what the owner watches: "held reset, did nothing"), it
/// still reads dark.
///
/// Runs after ``ResolvePass``.
struct NoEffectPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// Situations that are remedies tried on a light: their "nothing" is no change. The fixes someone may do
    /// (``ProposalPass/fixes``) but a reset or the reset button held, whose light is what the owner watches.
    static let remedies: Set<ObservationContext> = ProposalPass.fixes.subtracting([.afterReset, .holdingReset])

    /// Who may do nothing to the light: "I didn't do anything".
    static let people: Set<String> = ["i", "we", "he", "she", "they", "you", "dad", "mum", "mom"]

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        var lightTold = false
        for (index, item) in items.enumerated() {
            if item.meaning.isColor { lightTold = true }
            if lightTold, case .kind(.off) = item.meaning, saysNothing(item),
                followsRemedy(items, at: index) || endsAction(item)
            {
                continue
            }
            // "I didn't do anything and it started blinking": the owner did nothing, not the light.
            if case .kind(.off) = item.meaning, word(item.first).hasPrefix("did") || word(item.first) == "never",
                Self.people.contains(word(item.first - 1))
            {
                continue
            }
            out.append(item)
        }
        return out
    }

    /// Whether the item's words say "nothing" ("did nothing", "nothing", "- nothing", "it didn't do anything").
    private func saysNothing(_ item: TextItem) -> Bool {
        (item.first...item.last).contains { EmphaticNothingPass.nothings.contains(word($0)) || word($0) == "anything" }
    }

    /// Whether a remedy comes right before `index` in its sentence, past commas and lengths ("I pulled the
    /// batteries for 30s - nothing").
    private func followsRemedy(_ items: [TextItem], at index: Int) -> Bool {
        var probe = index - 1
        while probe >= 0 {
            switch items[probe].meaning {
            case .order(.comma), .duration, .exactDuration, .unit, .number: probe -= 1
            case .context(let context): return Self.remedies.contains(context)
            case .otherSituation: return true
            default: return false
            }
        }
        return false
    }

    /// Whether "does nothing" has an action for its subject: "ringing it does nothing", "unplugging did
    /// nothing".
    private func endsAction(_ item: TextItem) -> Bool {
        guard ["does", "did", "do"].contains(word(item.first)) else { return false }
        var probe = item.first - 1
        if ["it", "them", "that", "this"].contains(word(probe)) { probe -= 1 }
        let verb = word(probe)
        return verb.count > 4 && verb.hasSuffix("ing") && !verb.hasSuffix("thing")
            && !["morning", "evening"].contains(verb)
    }
}
