import LEDCore
import LEDEngine
import Testing

@testable import LEDInput
@testable import LEDVocabulary

/// The built-in vocabulary compiled when the package is built (`PhraseLexicon.Tables.builtIn`, written by
/// the `LexiconCompiler` tool) is the vocabulary the reader would compile at start, and a catalog's context
/// phrases join it as they would join a compilation from scratch.
@Suite("Built-in lexicon tables")
struct BuiltInLexiconTests {
    /// `Lexicon.standard` compiled now.
    private static func compiledNow(_ lexicon: Lexicon = .standard) -> PhraseLexicon.Builder {
        var builder = PhraseLexicon.Builder(lists: lexicon)
        builder.add(lexicon.entries)
        return builder
    }

    @Test("the build-time tables hold the built-in catalog's context phrases, as its loader reads them")
    func tablesHoldTheCatalogsPhrases() throws {
        let phrases = try Diagnoser.builtin().catalog.contextPhrases
        #expect(phrases.values.reduce(0) { $0 + $1.count } > 1000)
        // Equal, so the reader takes the tables rather than compiling at start.
        #expect(PhraseLexicon.Tables.builtIn.contextPhrases == phrases)
        #expect(PhraseLexicon.compiled(contextPhrases: phrases) === PhraseLexicon.compiled(contextPhrases: phrases))
    }

    @Test("the build-time tables decode to the vocabulary compiled now, word for word and node for node")
    func tablesMatchTheVocabulary() throws {
        let phrases = PhraseLexicon.Tables.builtIn.contextPhrases
        let decoded = try #require(PhraseLexicon.Builder(.builtIn))
        let now = Self.compiledNow(Lexicon.standard.adding(contextPhrases: phrases))
        #expect(decoded == now)
        #expect(decoded.words.count > 1000 && decoded.parents.count > 10_000)
        // The tables the builder writes now are the ones compiled into the package.
        let written = try #require(PhraseLexicon.Tables(now, contextPhrases: phrases))
        #expect(written.words == PhraseLexicon.Tables.builtIn.words)
        #expect(written.numbers == PhraseLexicon.Tables.builtIn.numbers)
        #expect(written.meanings == PhraseLexicon.Tables.builtIn.meanings)
    }

    @Test("phrases added to a builder compile as the longer lexicon does, from scratch")
    func phrasesAddedToABuilder() throws {
        var phrases = PhraseLexicon.Tables.builtIn.contextPhrases
        phrases[.recording, default: []].append("filming the driveway")
        var standard = Self.compiledNow()
        standard.add(Lexicon.contextEntries(phrases))
        #expect(standard == Self.compiledNow(Lexicon.standard.adding(contextPhrases: phrases)))
        // Other phrases than the built-in catalog's are compiled, and found.
        let lexicon = PhraseLexicon.compiled(contextPhrases: phrases)
        #expect(lexicon !== PhraseLexicon.compiled(contextPhrases: PhraseLexicon.Tables.builtIn.contextPhrases))
        let tokens = try TextObservationParser(contextPhrases: phrases).parse("blinks red while filming the driveway")
        #expect(tokens.canonical.contains("ctx=recording"))
    }

    /// Ways the tables can be damaged.
    enum Damage: String, CaseIterable, Sendable {
        case numbersCutShort, byteThatIsNoDigit, numberTooMany, wordMissing, meaningMissing, noNodes

        func apply(to tables: inout PhraseLexicon.Tables) {
            switch self {
            case .numbersCutShort: tables.numbers.removeLast(40)
            case .byteThatIsNoDigit: tables.numbers += "~"
            case .numberTooMany: tables.numbers += "0"
            case .wordMissing: tables.words = "red"
            case .meaningMissing: tables.meanings.removeLast()
            case .noNodes: tables.numbers = ""
            }
        }
    }

    @Test("damaged tables are refused, not read", arguments: Damage.allCases)
    func damagedTablesAreRefused(_ damage: Damage) {
        var tables = PhraseLexicon.Tables.builtIn
        damage.apply(to: &tables)
        #expect(PhraseLexicon.Builder(tables) == nil, "\(damage)")
    }
}
