/// The parser's vocabulary, compiled (a class, so that passing it around copies one reference): every known word
/// interned in a ``WordTable``, and a trie over word ids that finds the longest phrase starting at a token
/// (`"right after"` before `"after"`, `"for a minute"` before `"a minute"`).
///
/// A lexicon is compiled by a ``Builder``. The built-in vocabulary's builder is compiled when the package
/// is built and stored as ``Tables``, so that a process decodes it instead of compiling thousands of phrases.
package final class PhraseLexicon: Sendable {
    /// Every known word.
    package let words: WordTable
    /// Trie edges: key `node << 32 | word id`, value the child node.
    package let edges: EdgeTable
    /// Per trie node: the meaning of the phrase ending there, as its index in `meaningList` plus one (0: none).
    package let meaningIDs: [Int32]
    /// The distinct meanings.
    package let meaningList: [TextMeaning]
    /// Per word id: whether it may be skipped inside a phrase.
    package let skippableIDs: [Bool]
    /// Per word id: whether it is an ordinary English word the parser ignores (never a misspelling).
    package let ordinaryIDs: [Bool]
    /// Per word id: brand nouns, possessives, clause starts (see ``Lexicon``).
    private let brandNounIDs: [Bool]
    private let possessiveIDs: [Bool]
    private let clauseStartIDs: [Bool]
    /// The ids of "blink", "x" and "the".
    package let blinkID: Int32
    package let xID: Int32
    package let theID: Int32

    /// Compiles `lexicon`.
    package convenience init(_ lexicon: Lexicon) {
        var builder = Builder(lists: lexicon)
        builder.add(lexicon.entries)
        self.init(builder)
    }

    /// The lexicon a builder has compiled.
    package init(_ builder: Builder) {
        let count = builder.words.count
        func flags(_ list: [Int32]) -> [Bool] {
            var out = Array(repeating: false, count: count)
            for id in list { out[Int(id)] = true }
            return out
        }
        var skippableIDs = flags(builder.skippable)
        // A known possessive may sit inside a phrase as "the" does: "changed the router's SSID".
        for (id, word) in builder.words.words.enumerated() where WordTable.isPossessive(word) {
            skippableIDs[id] = true
        }
        self.skippableIDs = skippableIDs
        self.brandNounIDs = flags(builder.brandNouns)
        self.possessiveIDs = flags(builder.possessives)
        self.clauseStartIDs = flags(builder.clauseStarts)
        self.ordinaryIDs = flags(builder.ordinary)
        self.words = builder.words
        self.edges = builder.edges
        self.meaningIDs = builder.meaningIDs
        self.meaningList = builder.meaningList
        self.blinkID = builder.blink
        self.xID = builder.x
        self.theID = builder.the
    }

    /// What the word means on its own, when it is a phrase of one word.
    package func meaning(ofWord id: Int32) -> TextMeaning? {
        edges[UInt64(id)].flatMap { meaning(at: Int($0)) }
    }

    /// The meaning of the phrase ending at trie node `node`, if any.
    package func meaning(at node: Int) -> TextMeaning? {
        let id = meaningIDs[node]
        return id == 0 ? nil : meaningList[Int(id) - 1]
    }

    /// Whether the word id is one of ``Lexicon/skippable`` (or a possessive such as "router's").
    package func isSkippable(_ id: Int32) -> Bool { skippableIDs[Int(id)] }
    /// Whether the word id is one of ``Lexicon/brandNouns``.
    package func isBrandNoun(_ id: Int32) -> Bool { brandNounIDs[Int(id)] }
    /// Whether the word id is one of ``Lexicon/possessives``.
    package func isPossessive(_ id: Int32) -> Bool { possessiveIDs[Int(id)] }
    /// Whether the word id is one of ``Lexicon/clauseStarts``.
    package func startsClause(_ id: Int32) -> Bool { clauseStartIDs[Int(id)] }
}
