import LEDSupport
import LEDVocabulary

/// Finds the colour, kind and count words an unknown word may be a misspelling of ("rde" → "red",
/// "blinkng" → "blinking"), by Damerau–Levenshtein distance (optimal string alignment).
///
/// A word is only reported when it is close for its length — distance 1 up to six letters, 2 from
/// seven — and starts like the target (the same first letter, or the first two letters swapped),
/// since people rarely mistype a word's first letter. Words of one or two letters are never reported.
enum SpellingSuggester {
    /// The words misspellings are measured against (``SpellingTargets``).
    static var targets: [String] { SpellingTargets.all }

    /// The targets as bytes.
    private static let targetBytes: [[UInt8]] = targets.map { Array($0.utf8) }

    /// The largest distance reported for a word of `length` letters.
    static func maximumDistance(forLength length: Int) -> Int {
        length < 3 ? 0 : length <= 6 ? 1 : 2
    }

    /// The targets nearest to `word` (lower-case ASCII letters), nearest first and at most three;
    /// empty when the word is not close to any.
    static func suggestions(for word: ArraySlice<UInt8>) -> [String] {
        let limit = maximumDistance(forLength: word.count)
        guard limit > 0, let first = word.first else { return [] }
        let second = word.dropFirst().first
        let letters = Array(word)
        var found: [(distance: Int, index: Int)] = []
        for (index, target) in targetBytes.enumerated() {
            guard abs(target.count - word.count) <= limit else { continue }
            guard target[0] == first || (second == target[0] && target.count > 1 && target[1] == first) else {
                continue
            }
            let distance = EditDistance.distance(letters, target, limit: limit)
            if distance == 0 { return [] }
            if distance <= limit { found.append((distance, index)) }
        }
        guard let nearest = found.map(\.distance).min() else { return [] }
        return found.filter { $0.distance == nearest }.prefix(3).map { targets[$0.index] }
    }
}
