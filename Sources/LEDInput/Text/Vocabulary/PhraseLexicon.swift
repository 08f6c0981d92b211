import LEDCore
import LEDSupport

/// The parser's vocabulary, built once (a class, so that passing it around copies one reference): every known word
/// interned in a ``WordTable``, and a trie over
/// word ids that finds the longest phrase starting at a token (`"right after"` before `"after"`,
/// `"for a minute"` before `"a minute"`).

final class PhraseLexicon: Sendable {
    /// The compiled lexicons, by the catalog context phrases added to ``Lexicon/standard``: a process
    /// compiles the built-in one (with the built-in catalog's context phrases) once, however many
    /// diagnosers it makes. Keyed by the phrases alone, not the whole ``Lexicon``: hashing every entry
    /// of the standard vocabulary cost 2 M instructions of a one-shot `diagnose`.
    private static let compiledLexicons = SharedMemo<[ObservationContext: [String]], PhraseLexicon>(capacity: 8)

    /// The compiled form of ``Lexicon/standard`` with `contextPhrases` added, made once per set of phrases.
    static func compiled(contextPhrases: [ObservationContext: [String]]) -> PhraseLexicon {
        if let known = compiledLexicons.value(for: contextPhrases) { return known }
        let compiled = PhraseLexicon(Lexicon.standard.adding(contextPhrases: contextPhrases))
        compiledLexicons.store(compiled, for: contextPhrases)
        return compiled
    }

    /// Every known word.
    let words: WordTable
    /// Trie edges: key `node << 32 | word id`, value the child node.
    private let edges: EdgeTable
    /// The meaning of the phrase ending at each node, if any.
    private let meanings: [TextMeaning?]
    /// Per word id: whether it may be skipped inside a phrase.
    private let skippableIDs: [Bool]
    /// Per word id: whether it is an ordinary English word the parser ignores (never a misspelling).
    let ordinaryIDs: [Bool]
    /// Per word id: brand nouns, possessives, clause starts (see the lists above).
    private let brandNounIDs: [Bool]
    private let possessiveIDs: [Bool]
    private let clauseStartIDs: [Bool]
    /// The ids of "blink", "x" and "the".
    let blinkID: Int32
    let xID: Int32
    let theID: Int32

    init(_ lexicon: Lexicon) {
        var words = WordTable(capacity: 4096)
        // About two edges per phrase (most are one to three words, sharing their first ones).
        var edges = EdgeTable(capacity: lexicon.entries.reduce(0) { $0 + $1.phrases.count } * 2)
        var meanings: [TextMeaning?] = [nil]
        for entry in lexicon.entries {
            let meaning = entry.meaning
            for phrase in entry.phrases {
                var node: Int32 = 0
                WordTable.forEachWord(in: phrase) { word in
                    let id = words.intern(bytes: word)
                    let key = UInt64(node) << 32 | UInt64(id)
                    if let next = edges[key] {
                        node = next
                    } else {
                        let next = Int32(meanings.count)
                        meanings.append(nil)
                        edges.insert(next, for: key)
                        node = next
                    }
                }
                // The first spelling of a phrase wins (tables are written without duplicates).
                if meanings[Int(node)] == nil { meanings[Int(node)] = meaning }
            }
        }
        func ids(_ list: [String]) -> [Int32] { list.map { words.intern($0) } }
        let skippable = ids(lexicon.skippable)
        let brand = ids(lexicon.brandNouns)
        let possessive = ids(lexicon.possessives)
        let clause = ids(lexicon.clauseStarts)
        let ordinary = ids(lexicon.ordinary)
        for target in lexicon.spellingTargets { words.intern(target) }
        let blink = words.intern("blink")
        let x = words.intern("x")
        let the = words.intern("the")
        func flags(_ list: [Int32]) -> [Bool] {
            var out = Array(repeating: false, count: words.count)
            for id in list { out[Int(id)] = true }
            return out
        }
        var skippableIDs = flags(skippable)
        // A known possessive may sit inside a phrase as "the" does: "changed the router's SSID".
        for (id, word) in words.words.enumerated() where WordTable.isPossessive(word) { skippableIDs[id] = true }
        self.skippableIDs = skippableIDs
        self.brandNounIDs = flags(brand)
        self.possessiveIDs = flags(possessive)
        self.clauseStartIDs = flags(clause)
        self.ordinaryIDs = flags(ordinary)
        self.words = words
        self.edges = edges
        self.meanings = meanings
        self.blinkID = blink
        self.xID = x
        self.theID = the
    }

    /// The longest phrase that starts at token `start`: the index of its last token and its meaning.
    /// Skippable words may sit between the phrase's words (at most two in a row) — both readings of a
    /// skippable word are tried, so "hold the reset button" finds "hold reset button" although "hold
    /// the button" is a phrase too — but a phrase never ends on a word it skipped.
    ///
    /// `deviceEnd`, when given, tells where a device name starting at a token ends: one device name may sit
    /// inside a phrase after its first word ("pulled the XR's plug", "reset the Sync Module 2"); the
    /// phrase's `device` is then where it sat.
    func longestMatch(
        in tokens: [TextToken], from start: Int, deviceEnd: ((Int) -> Int?)? = nil
    ) -> (last: Int, meaning: TextMeaning, device: ClosedRange<Int>?)? {
        guard let id = tokens[start].wordID, let first = edges[UInt64(id)] else { return nil }
        var best = Best()
        if meanings[Int(first)] != nil { (best.last, best.node) = (start, first) }
        var walk = Walk(tokens: tokens, deviceEnd: deviceEnd)
        visit(first, start + 1, 0, &walk, &best)
        guard best.node >= 0, let meaning = meanings[Int(best.node)] else { return nil }
        return (best.last, meaning, best.device)
    }

    /// The longest phrase end found so far, and the device name it passed over.
    private struct Best {
        var last = -1
        var node: Int32 = -1
        var device: ClosedRange<Int>?
    }

    /// What a walk through the trie reads: the tokens, where device names end, the device name passed over.
    private struct Walk {
        var tokens: [TextToken]
        var deviceEnd: ((Int) -> Int?)?
        var device: ClosedRange<Int>?
    }

    /// Follows the trie from `node` at token `index`, recording the longest phrase end.
    private func visit(_ node: Int32, _ index: Int, _ skipped: Int, _ walk: inout Walk, _ best: inout Best) {
        guard index < walk.tokens.count else { return }
        let token = walk.tokens[index]
        guard token.gap != .broken else { return }
        if walk.device == nil, let deviceEnd = walk.deviceEnd, let last = deviceEnd(index) {
            walk.device = index...last
            visit(node, last + 1, 0, &walk, &best)
            walk.device = nil
        }
        guard let id = token.wordID else { return }
        if let next = edges[UInt64(node) << 32 | UInt64(id)] {
            if meanings[Int(next)] != nil, index > best.last {
                (best.last, best.node, best.device) = (index, next, walk.device)
            }
            visit(next, index + 1, 0, &walk, &best)
        }
        if skipped < 2, skippableIDs[Int(id)] { visit(node, index + 1, skipped + 1, &walk, &best) }
    }

    /// What the word means on its own, when it is a phrase of one word.
    func meaning(ofWord id: Int32) -> TextMeaning? {
        edges[UInt64(id)].flatMap { meanings[Int($0)] }
    }

    /// Whether the word id is one of ``skippable``.
    func isSkippable(_ id: Int32) -> Bool { skippableIDs[Int(id)] }
    /// Whether the word id is one of ``brandNouns``.
    func isBrandNoun(_ id: Int32) -> Bool { brandNounIDs[Int(id)] }
    /// Whether the word id is one of ``possessives``.
    func isPossessive(_ id: Int32) -> Bool { possessiveIDs[Int(id)] }
    /// Whether the word id is one of ``clauseStarts``.
    func startsClause(_ id: Int32) -> Bool { clauseStartIDs[Int(id)] }
}
