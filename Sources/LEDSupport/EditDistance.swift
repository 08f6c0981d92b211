/// Optimal-string-alignment (Damerau–Levenshtein) distance, for "did you mean" suggestions.
package enum EditDistance {
    /// The number of insertions, deletions, substitutions and adjacent transpositions that turn `a` into `b`
    /// (compared by Unicode scalar).
    package static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// The optimal-string-alignment distance between `a` and `b`, or a value above `limit` as soon as it
    /// is certain to exceed `limit` (a transposition reaches back two rows, so the search stops only when
    /// two rows in a row are past it).
    @inlinable
    package static func distance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int = .max) -> Int {
        let n = a.count
        let m = b.count
        if n == 0 || m == 0 { return max(n, m) }
        var previous2 = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        var previousMinimum = 0
        for i in 1...n {
            current[0] = i
            var rowMinimum = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit, previousMinimum > limit { return limit + 1 }
            previousMinimum = rowMinimum
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[m]
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
