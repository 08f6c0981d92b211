/// Reads the recording light named after a light is told ("solid blue for 20 seconds, then off. Is this
/// simply the recording indicator?", "that's the recording light I guess") as the owner naming that light,
/// not as a new light or the recording situation: the words are dropped. The recording light said with
/// what it does ("is that the recording light blinking?") or as a time ("red after the recording light")
/// is read as before.
///
/// Runs after ``LightOutPass`` and before ``ResolvePass``.
struct LightNamingPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// The words that name what was seen: "is this", "is that", "is it", "that's", "this is", "must be".
    static let leads: Set<[String]> = [
        ["is", "this"], ["is", "that"], ["is", "it"], ["this", "is"], ["that", "is"], ["that's"], ["thats"],
        ["must", "be"], ["it's", "just"], ["its", "just"],
    ]
    /// Words that may stand between the lead and the light's name: "is this simply the …".
    static let filler: Set<String> = ["the", "a", "simply", "just", "only", "maybe", "probably", "my", "your", "its"]

    func run(_ items: [TextItem]) -> [TextItem] {
        guard items.contains(where: { $0.meaning == .recordingLight }) else { return items }
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if item.meaning == .recordingLight, out.contains(where: { $0.meaning.describesLight }),
                !Self.describesLight(after: index, items), namedByLead(before: item.first)
            {
                continue
            }
            out.append(item)
        }
        return out
    }

    /// Whether the words before `token`, past the filler, are a naming lead.
    private func namedByLead(before token: Int) -> Bool {
        var position = token - 1
        while position >= 0, Self.filler.contains(word(position)) { position -= 1 }
        guard position >= 0 else { return false }
        let last = word(position)
        if Self.leads.contains([last]) { return true }
        guard position >= 1 else { return false }
        return Self.leads.contains([word(position - 1), last])
    }

    /// Whether the item after `index` tells what the light does ("is that the recording light blinking?").
    private static func describesLight(after index: Int, _ items: [TextItem]) -> Bool {
        guard index + 1 < items.count else { return false }
        if case .order = items[index + 1].meaning { return false }
        return items[index + 1].meaning.describesLight || items[index + 1].meaning.describesPulse
    }
}
