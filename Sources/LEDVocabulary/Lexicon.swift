package import LEDCore

/// The text reader's whole vocabulary, in one value: every phrase with its meaning, and the word lists
/// that steer the reading. ``standard`` is the built-in vocabulary; a catalog adds its context phrases
/// (`Patterns/contexts.yaml`) with ``adding(contextPhrases:)``. ``PhraseLexicon`` compiles a lexicon
/// into the trie the reader matches against.

package struct Lexicon: Sendable, Hashable {
    /// Phrases that mean one thing.
    package struct Entry: Sendable, Hashable {
        package var meaning: TextMeaning
        package var phrases: [String]
    }

    /// Every phrase and what it means; where two entries spell the same phrase, the first wins.
    package var entries: [Entry]
    /// Articles and pronouns a phrase may contain that the lexicon does not spell out: "hold the reset
    /// button" matches "hold reset button", "changed my wifi" matches "changed wifi".
    package var skippable: [String]
    /// Words after "blink" that make it the brand ("Blink camera"), not a blink.
    package var brandNouns: [String]
    /// Words before "blink" that make it the brand ("my Blink keeps flashing").
    package var possessives: [String]
    /// Words after "once" that make it "when" ("once it resets").
    package var clauseStarts: [String]
    /// Ordinary English words that are never misspellings although they lie near a vocabulary word.
    package var ordinary: [String]
    /// The words a misspelling is measured against (``SpellingSuggester``).
    package var spellingTargets: [String]

    /// The built-in vocabulary, without any catalog's context phrases.
    package static let standard = Lexicon(
        entries: LexiconEntries.all.map { Entry(meaning: $0.0, phrases: $0.1) },
        skippable: [
            "the", "a", "an", "my", "its", "it", "i", "our", "your", "their", "this", "that", "is", "was", "are",
            "just", "me", "them", "some", "his", "her", "little", "small", "tiny",
        ],
        brandNouns: [
            "app", "apps", "camera", "cameras", "cam", "cams", "system", "systems", "doorbell", "module", "sync",
            "device", "devices", "unit", "units", "account", "support", "subscription", "outdoor", "indoor", "mini",
            "video", "floodlight", "wired", "base", "hub", "product", "products", "security", "home", "station",
            "team", "folks", "people", "staff", "helpdesk", "customer", "owner", "owners", "user", "users", "community",
            "forum", "kit", "bundle", "plan", "store",
        ],
        // and greetings: "Dear Blink, …", "Hello Blink folks"
        possessives: ["my", "our", "your", "his", "her", "their", "dear", "hello", "hi", "hey", "hiya"],
        clauseStarts: ["it", "i", "you", "we", "they", "the", "my", "its", "he", "she", "this", "that", "there"],
        ordinary: OrdinaryWords.all,
        spellingTargets: SpellingTargets.all)

    /// The word "wifi", as bytes.
    private static let wifi = Array("wifi".utf8)

    /// This vocabulary with a catalog's phrases for each context appended (``contextEntries(_:)``).
    package func adding(contextPhrases: [ObservationContext: [String]]) -> Lexicon {
        var lexicon = self
        lexicon.entries += Self.contextEntries(contextPhrases)
        return lexicon
    }

    /// A catalog's phrases for each context as entries, in context order (so that the same catalog always
    /// gives the same lexicon).
    package static func contextEntries(_ contextPhrases: [ObservationContext: [String]]) -> [Entry] {
        var entries: [Entry] = []
        for context in ObservationContext.allCases {
            guard let phrases = contextPhrases[context], !phrases.isEmpty else { continue }
            // "Wi-Fi" reads as "wi fi", and many owners write "WLAN": a phrase with "wifi" also matches it spelt so.
            var spellings: [String] = []
            spellings.reserveCapacity(phrases.count)
            for phrase in phrases {
                spellings.append(phrase)
                var spellsWifi = false
                WordTable.forEachWord(in: phrase) { spellsWifi = spellsWifi || $0.elementsEqual(Self.wifi) }
                guard spellsWifi else { continue }
                let words = phrase.split(separator: " ")
                for spelling in ["wi fi", "wlan"] {
                    spellings.append(words.map { $0 == "wifi" ? spelling : String($0) }.joined(separator: " "))
                }
            }
            entries.append(Entry(meaning: .context(context), phrases: spellings))
        }
        return entries
    }
}
