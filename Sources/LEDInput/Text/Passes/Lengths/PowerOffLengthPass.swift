import LEDVocabulary

/// Drops a length said of the power or the internet being off, which is no length of the light: "We lost
/// electricity for about twenty minutes", "the power went off for 10 minutes, then the camera flashed red",
/// "after a power cut of about an hour the Mini flashes red", "wifi was down for two hours", "took the batteries out
/// for a minute", "after 20 seconds
/// unplugged and back in, it shows …". A length is theirs when a word of the power or the connection comes
/// before it in its clause with no light, no clause word and no punctuation between, or when "unplugged",
/// "without power" follows it; only a stretch ("for …", "of …") is the power's before it ("since yesterday",
/// "all morning" say when it came back), and a length "ago" or "later" says when, and stays.
///
/// Runs after ``NumberPass`` and before ``PastReferencePass``.
struct PowerOffLengthPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String
    /// Whether the token at an index is punctuation.
    let isSymbol: (Int) -> Bool

    /// Words of the power or the connection being off.
    static let offWords: Set<String> = [
        "electricity", "power", "mains", "breaker", "blackout", "outage", "unplugged", "unplug", "unplugging",
        "internet", "wifi", "broadband", "router", "modem",
        // the batteries out: "even after I took the batteries out for a minute"
        "batteries", "battery", "batts", "batt",
    ]
    /// Words right after a length that make it the power's: "20 seconds unplugged", "an hour powerless".
    static let offAfter: Set<String> = ["unplugged", "powerless", "offline"]
    /// Words right after a length that make it a when: "20 minutes ago", "an hour later".
    static let when: Set<String> = ["ago", "later", "before", "earlier"]
    /// How many words back a word of the power is looked for.
    static let reach = 8

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if isLength(item.meaning), !Self.when.contains(word(item.last + 1)),
                isStretch(item) && offBefore(items, at: index) || offAfter(item.last)
            {
                continue
            }
            out.append(item)
        }
        return out
    }

    /// Whether the words after token `last` make a length the power's: "20 seconds unplugged", "an hour
    /// without power" (but not "overnight without ever blinking").
    private func offAfter(_ last: Int) -> Bool {
        if Self.offAfter.contains(word(last + 1)) { return true }
        return ["without", "with", "no"].contains(word(last + 1))
            && (Self.offWords.contains(word(last + 2)) || Self.offWords.contains(word(last + 3)))
    }

    /// Whether a length is said as a stretch: "for about twenty minutes", "a power cut of an hour" (not "since
    /// yesterday", "all morning", "last night", which say when the power or the internet came back).
    private func isStretch(_ item: TextItem) -> Bool {
        var lead = item.first
        if Self.stretchLeads.contains(word(lead)) { return true }
        lead -= 1
        if NumberPass.roughly.contains(word(lead)) { lead -= 1 }
        return Self.stretchLeads.contains(word(lead))
    }

    /// Words that open a stretch of time.
    static let stretchLeads: Set<String> = ["for", "of"]

    /// Whether `meaning` is a length, exact or a bucket, other than "nonstop".
    private func isLength(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .exactDuration: return true
        case .duration(let bucket): return bucket != .continuous
        default: return false
        }
    }

    /// Whether a word of the power or the connection comes before the item at `index` in its clause, with no
    /// light, no clause word and no punctuation between.
    private func offBefore(_ items: [TextItem], at index: Int) -> Bool {
        let first = items[index].first
        var before = index - 1
        var token = first - 1
        while token >= max(0, first - Self.reach), !isSymbol(token) {
            while before >= 0, items[before].first > token { before -= 1 }
            if before >= 0, items[before].last >= token, Self.endsSearch(items[before].meaning) { return false }
            if Self.offWords.contains(word(token)) { return true }
            token -= 1
        }
        return false
    }

    /// Whether an item between a word of the power and a length makes the length someone else's: a light,
    /// or a word that opens another clause. Darkness ("the power went off for 10 minutes") is the power's.
    private static func endsSearch(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind(.off), .endOfLight, .dark: return false
        case .order, .together, .subject, .presentMarker, .pastMarker, .lit: return true
        default: return meaning.describesLight
        }
    }
}
