import Testing

@testable import LEDVocabulary

/// The word table that interns the reader's vocabulary, and the byte-level word split its start-up
/// uses instead of `String.split` (``WordTable/forEachWord(in:_:)``).
@Suite("Vocabulary: word table")
struct WordTableTests {
    static func words(_ phrase: String) -> [String] {
        var out: [String] = []
        WordTable.forEachWord(in: phrase) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    @Test(
        "a phrase splits into the same words as String.split on spaces",
        arguments: [
            "", " ", "blink", "right after", " right  after ", "for a minute", "wi fi", "  ", "café au lait",
        ])
    func splitsLikeStringSplit(_ phrase: String) {
        #expect(Self.words(phrase) == phrase.split(separator: " ").map(String.init))
    }

    @Test("interning bytes and interning the string give one id; a new word a new one")
    func internsOnce() {
        var table = WordTable(capacity: 8)
        let blink = table.intern("blink")
        var ids: [Int32] = []
        WordTable.forEachWord(in: "blink twice blink") { ids.append(table.intern(bytes: $0)) }
        #expect(ids.count == 3)
        #expect(ids[0] == blink && ids[2] == blink)
        #expect(ids[1] != blink)
        #expect(table.count == 2)
        let twice = Array("twice".utf8)
        #expect(table.id(of: twice[...], hash: WordTable.hash(twice)) == ids[1])
    }

    @Test("the compiled lexicon finds a phrase's meaning by its words")
    func compiledLexiconFindsPhrases() {
        let lexicon = PhraseLexicon(.standard)
        for entry in Lexicon.standard.entries.prefix(40) {
            for phrase in entry.phrases where !phrase.contains(" ") {
                let bytes = Array(phrase.utf8)
                guard let id = lexicon.words.id(of: bytes[...], hash: WordTable.hash(bytes)) else {
                    Issue.record("\(phrase) is not interned")
                    continue
                }
                #expect(lexicon.meaning(ofWord: id) != nil, "\(phrase)")
            }
        }
    }
}
