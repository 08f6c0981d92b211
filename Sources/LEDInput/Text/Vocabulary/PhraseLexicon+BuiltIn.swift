import LEDCore
import LEDSupport
import LEDVocabulary

extension PhraseLexicon {
    /// The built-in vocabulary (``Lexicon/standard``) as compiled when the package was built
    /// (`Tables.builtIn`, written by the `LexiconCompiler` tool); compiled now if those tables were damaged.
    private static let builtIn: Builder =
        Builder(.builtIn)
        ?? {
            var builder = Builder(lists: .standard)
            builder.add(Lexicon.standard.entries)
            return builder
        }()

    /// The compiled lexicons, by the catalog context phrases added to the built-in vocabulary: a process
    /// compiles the built-in catalog's once, however many diagnosers it makes. Keyed by the phrases alone,
    /// not the whole ``Lexicon``: hashing every entry of the standard vocabulary cost 2 M instructions of a
    /// one-shot `diagnose`.
    private static let compiledLexicons = SharedMemo<[ObservationContext: [String]], PhraseLexicon>(capacity: 8)

    /// ``Lexicon/standard`` with `contextPhrases` added, compiled: the built-in vocabulary's tables with the
    /// phrases added to them, made once per set of phrases. It is the lexicon
    /// `PhraseLexicon(Lexicon.standard.adding(contextPhrases:))` compiles, word for word and node for node.
    static func compiled(contextPhrases: [ObservationContext: [String]]) -> PhraseLexicon {
        if let known = compiledLexicons.value(for: contextPhrases) { return known }
        var builder = builtIn
        builder.add(Lexicon.contextEntries(contextPhrases))
        let compiled = PhraseLexicon(builder)
        compiledLexicons.store(compiled, for: contextPhrases)
        return compiled
    }
}
