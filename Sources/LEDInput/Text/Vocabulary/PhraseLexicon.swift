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

    /// The compiled built-in vocabulary, without a catalog's context phrases: what every compiled lexicon starts
    /// from, built once per process on first use. ``TextObservationParser/prepareVocabulary()`` starts building it
    /// on the caller's thread — the command line, on another thread while the catalog loads.
    static let standard = PhraseLexicon(Lexicon.standard)

    /// The compiled form of ``Lexicon/standard`` with `contextPhrases` added, made once per set of phrases: the
    /// context phrases are added to ``standard``'s trie, as ``init(_:)`` would add them after its own entries.
    static func compiled(contextPhrases: [ObservationContext: [String]]) -> PhraseLexicon {
        if let known = compiledLexicons.value(for: contextPhrases) { return known }
        let compiled = standard.adding(Lexicon.contextEntries(contextPhrases))
        compiledLexicons.store(compiled, for: contextPhrases)
        return compiled
    }

    /// Every known word.
    let words: WordTable
    /// Trie edges: key `node << 32 | word id`, value the child node.
    private let edges: EdgeTable
    /// The meaning of the phrase ending at each node, if any.
    private let meanings: [TextMeaning?]
    /// The ending of a possessive word ("router's").
    private static let possessiveEnding: [UInt8] = [UInt8(ascii: "'"), UInt8(ascii: "s")]
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

    /// Compiles `lexicon` from scratch (the reference ``adding(_:)`` is measured against).
    init(_ lexicon: Lexicon) {
        var words = WordTable(capacity: 4096)
        // About two edges per phrase (most are one to three words, sharing their first ones).
        var edges = EdgeTable(capacity: lexicon.entries.reduce(0) { $0 + $1.phrases.count } * 2)
        var meanings: [TextMeaning?] = [nil]
        Self.insert(lexicon.entries, words: &words, edges: &edges, meanings: &meanings)
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
        Self.markPossessives(in: words, from: 0, &skippableIDs)
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

    private init(
        words: WordTable, edges: EdgeTable, meanings: [TextMeaning?], skippableIDs: [Bool], ordinaryIDs: [Bool],
        brandNounIDs: [Bool], possessiveIDs: [Bool], clauseStartIDs: [Bool], blinkID: Int32, xID: Int32, theID: Int32
    ) {
        self.words = words
        self.edges = edges
        self.meanings = meanings
        self.skippableIDs = skippableIDs
        self.ordinaryIDs = ordinaryIDs
        self.brandNounIDs = brandNounIDs
        self.possessiveIDs = possessiveIDs
        self.clauseStartIDs = clauseStartIDs
        self.blinkID = blinkID
        self.xID = xID
        self.theID = theID
    }

    /// This vocabulary with `entries` added after its own, as if they had been the last of the lexicon it was
    /// compiled from: its own spellings win, and a word new to it is in none of the word lists.
    func adding(_ entries: [Lexicon.Entry]) -> PhraseLexicon {
        guard !entries.isEmpty else { return self }
        var words = self.words
        var edges = self.edges
        var meanings = self.meanings
        let known = words.count
        Self.insert(entries, words: &words, edges: &edges, meanings: &meanings)
        let added = repeatElement(false, count: words.count - known)
        var skippableIDs = self.skippableIDs + added
        Self.markPossessives(in: words, from: known, &skippableIDs)
        return PhraseLexicon(
            words: words, edges: edges, meanings: meanings, skippableIDs: skippableIDs,
            ordinaryIDs: ordinaryIDs + added, brandNounIDs: brandNounIDs + added, possessiveIDs: possessiveIDs + added,
            clauseStartIDs: clauseStartIDs + added, blinkID: blinkID, xID: xID, theID: theID)
    }

    /// Adds the phrases of `entries` to the trie; where a phrase is spelt already, the first meaning stays.
    private static func insert(
        _ entries: [Lexicon.Entry], words: inout WordTable, edges: inout EdgeTable, meanings: inout [TextMeaning?]
    ) {
        for entry in entries {
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
    }

    /// Marks a known possessive from word id `first` on as skippable: it may sit inside a phrase as "the" does
    /// ("changed the router's SSID").
    private static func markPossessives(in words: WordTable, from first: Int, _ skippable: inout [Bool]) {
        for id in first..<words.count where words.words[id].count > 2 && words.words[id].suffix(2) == possessiveEnding {
            skippable[id] = true
        }
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
