import LEDCore

/// The internet told back in words of the owner's own, beyond the fixed phrases of `contexts.yaml`: "The
/// broadband has been back for three hours", "broadband down 09:00, back 09:40", "the internet is finally
/// working again", and across sentences "The internet was not working from Friday until Saturday. Now it is
/// working again". A network's name (internet, wifi, broadband, connection, fibre, ISP) with a word of
/// return a few words after it in its sentence — or, after a sentence that says the network was down, a
/// return said of "it" — is the internet restored. "not back yet", "is the internet back?", "if the wifi is
/// back" and "switched the wifi back to 2.4 GHz" are no return.
///
/// Runs before ``ProposalPass``, which drops a return asked about ("is the internet back?").
struct NetworkBackPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String
    /// How many tokens the text has.
    let tokenCount: Int

    /// Names of the internet connection.
    static let networks: Set<String> = [
        "internet", "wifi", "broadband", "connection", "fibre", "fiber", "isp", "net", "dsl", "starlink",
    ]
    /// Words that say a network was down.
    static let downWords: Set<String> = ["down", "out", "dead", "gone", "dropped", "cut", "outage", "offline"]
    /// How many words after the network's name its return may come.
    static let reach = 6

    func run(_ items: [TextItem]) -> [TextItem] {
        guard !items.contains(where: { $0.meaning == .context(.internetRestored) }) else { return items }
        let sentenceEnds = items.compactMap { $0.meaning == .order(.sentence) ? $0.first : nil }
        func sentence(of token: Int) -> Int { sentenceEnds.firstIndex(where: { $0 > token }) ?? sentenceEnds.count }
        // The sentences that say a network was down, each with the first token that names it.
        var firstDown: [Int: Int] = [:]
        for token in 0..<tokenCount where Self.networks.contains(word(token)) {
            let ahead = (token + 1)..<min(token + Self.reach + 1, tokenCount)
            if ahead.contains(where: {
                Self.downWords.contains(word($0)) || (word($0) == "not" && word($0 + 1) == "working")
            }) {
                if firstDown[sentence(of: token)] == nil { firstDown[sentence(of: token)] = token }
            }
            guard !asked(before: token) else { continue }
            for probe in ahead {
                guard sentence(of: probe) == sentence(of: token) else { break }
                if Self.networks.contains(word(probe)) { break }
                if returns(at: probe), !denied(items, from: token, to: probe) { return inserting(probe, into: items) }
            }
        }
        // "The internet was down all weekend. Now it is working again.", "Internet was not working in the
        // morning, now it is work again"
        for token in 0..<tokenCount where ["it", "it's", "its"].contains(word(token)) {
            let said = sentence(of: token)
            guard firstDown[said - 1] != nil || firstDown[said].map({ $0 < token }) == true, !asked(before: token)
            else { continue }
            for probe in (token + 1)..<min(token + 4, tokenCount) where returns(at: probe) {
                guard !denied(items, from: token, to: probe) else { break }
                return inserting(probe, into: items)
            }
        }
        return items
    }

    /// Whether a word of return starts at `index`: "back" (not "back to", "back in"), "working again" ("work again"),
    /// "restored", "reconnected", "up again", "online again".
    private func returns(at index: Int) -> Bool {
        switch word(index) {
        case "back": return !["to", "in", "into", "from", "of", "off"].contains(word(index + 1))
        case "restored", "reconnected": return true
        // a learner's "it is work again"
        case "working", "works", "work", "up", "online", "connected": return word(index + 1) == "again"
        default: return false
        }
    }

    /// Whether a denial (the lexicon's negation) stands between the network's name and its return ("not back
    /// yet", "still isn't back").
    private func denied(_ items: [TextItem], from first: Int, to last: Int) -> Bool {
        items.contains { $0.meaning == .negation && $0.first <= last && $0.last >= first } || word(last + 1) == "yet"
    }

    /// Whether the network's name is asked or supposed about: "Is the internet back?", "if the wifi is back".
    private func asked(before token: Int) -> Bool {
        var probe = token - 1
        if ["the", "my", "our", "your"].contains(word(probe)) { probe -= 1 }
        return ["is", "has", "was", "did", "if", "whether", "until", "till", "unless"].contains(word(probe))
    }

    /// The items with the internet restored at `token`, in text order.
    private func inserting(_ token: Int, into items: [TextItem]) -> [TextItem] {
        var out = items
        let at = out.firstIndex(where: { $0.first > token }) ?? out.count
        out.insert(TextItem(.context(.internetRestored), token, token), at: at)
        return out
    }
}
