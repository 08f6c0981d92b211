/// Optimal-string-alignment (Damerau–Levenshtein) distance, for "did you mean" suggestions.
package enum EditDistance {
    /// The number of insertions, deletions, substitutions and adjacent transpositions that turn `a` into `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, previous2[j - 2] + 1)
                }
                current[j] = best
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// The known word nearest to `word`, if it is within `maximum` edits (ties: alphabetical).
    package static func nearest(to word: String, in known: some Sequence<String>, maximum: Int) -> String? {
        var best: (distance: Int, word: String)?
        for candidate in known {
            let distance = distance(word, candidate)
            guard distance <= maximum else { continue }
            if let current = best, (current.distance, current.word) <= (distance, candidate) { continue }
            best = (distance, candidate)
        }
        return best?.word
    }
}
