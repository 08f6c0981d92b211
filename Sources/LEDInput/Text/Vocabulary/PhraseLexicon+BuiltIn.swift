import LEDCore
import LEDSupport
import LEDVocabulary

extension PhraseLexicon {
    /// The built-in vocabulary (``Lexicon/standard``) with the built-in catalog's context phrases, as compiled when
    /// the package was built (`Tables.builtIn`, written by the `LexiconCompiler` tool); compiled now if those
    /// tables were damaged.
    private static let builtIn: PhraseLexicon = {
        if let builder = Builder(.builtIn) { return PhraseLexicon(builder) }
        return PhraseLexicon(Lexicon.standard.adding(contextPhrases: Tables.builtIn.contextPhrases))
    }()

    /// The lexicons compiled for other catalogs' context phrases, by those phrases: a process compiles each once,
    /// however many diagnosers it makes.
    private static let compiledLexicons = SharedMemo<[ObservationContext: [String]], PhraseLexicon>(capacity: 8)

    /// ``Lexicon/standard`` with `contextPhrases` added, compiled: the build-time tables when they are the built-in
    /// catalog's phrases (compared, not hashed: equal phrases are found at once), otherwise compiled once per set
    /// of phrases.
    static func compiled(contextPhrases: [ObservationContext: [String]]) -> PhraseLexicon {
        if contextPhrases == Tables.builtIn.contextPhrases { return builtIn }
        if let known = compiledLexicons.value(for: contextPhrases) { return known }
        let compiled = PhraseLexicon(Lexicon.standard.adding(contextPhrases: contextPhrases))
        compiledLexicons.store(compiled, for: contextPhrases)
        return compiled
    }
}
