/// Reads a "since" clause that names a day or part of a day as a length of hours: "it has been solid red
/// ever since she tried to add it on Sunday", "since I swapped the batteries this morning it shows solid
/// red", "since: this morning". The day named is not a length by itself ("on Sunday" says when); after
/// "since" it says how long the light has done what it does.
///
/// Runs after ``PastReferencePass`` and before ``ResolvePass``. A "since" clause that states a length of its
/// own ("since yesterday", "since 9:00") or describes the light is left alone.
struct SinceLengthPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String
    /// Whether the token at an index is punctuation.
    let isSymbol: (Int) -> Bool

    /// The most words a "since" clause is read for its day.
    static let reach = 12
    /// Parts of a day, said after "this", "last" or "yesterday".
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "week", "weekend"]

    func run(_ items: [TextItem]) -> [TextItem] {
        var out = items
        var inserted = 0
        for (index, item) in items.enumerated() where opensSince(item) {
            guard let day = dayNamed(items, after: index) else { continue }
            let length = TextItem(.duration(.hours), day.lowerBound, day.upperBound)
            // "since I swapped the batteries this morning, it shows solid red": the light of the clause after.
            if opensClause(item.first), let lit = lightAfter(items, day: day.upperBound) {
                out.insert(length, at: lit + 1 + inserted)
            } else {
                out.insert(
                    length, at: index + 1 + inserted + items[(index + 1)...].prefix { $0.first <= day.lowerBound }.count
                )
            }
            inserted += 1
        }
        return out
    }

    /// Whether token `token` opens a clause: the text's start, punctuation or "and" / "but" / "so" before it.
    private func opensClause(_ token: Int) -> Bool {
        token == 0 || isSymbol(token - 1) || ["and", "but", "so"].contains(word(token - 1))
    }

    /// The index of the first item after token `day` that describes the light, in the same sentence.
    private func lightAfter(_ items: [TextItem], day: Int) -> Int? {
        for (index, item) in items.enumerated() where item.first > day {
            if case .order(.sentence) = item.meaning { return nil }
            if item.meaning.describesLight { return index }
        }
        return nil
    }

    /// Whether `item` is a "since" (or "ever since") that opens a clause about when something happened.
    private func opensSince(_ item: TextItem) -> Bool {
        let first = word(item.first)
        guard first == "since" || first == "ever" && word(item.first + 1) == "since" else { return false }
        switch item.meaning {
        case .duration, .clockTime: return false
        default: return item.last <= item.first + 1 && word(item.last + 1) != "then"
        }
    }

    /// The tokens of a day named in the clause the "since" item at `index` opens, before any punctuation (a
    /// colon right after "since" aside), light or length.
    private func dayNamed(_ items: [TextItem], after index: Int) -> ClosedRange<Int>? {
        let start = items[index].last + 1
        let next = items[(index + 1)...]
        var token = start
        while token < start + Self.reach {
            if isSymbol(token) {
                guard token == start else { return nil }
                token += 1
                continue
            }
            if let item = next.first(where: { $0.first <= token && token <= $0.last }) {
                switch item.meaning {
                case .duration, .exactDuration, .clockTime, .number: return nil
                case let meaning where meaning.describesLight: return nil
                default: break
                }
            }
            let said = word(token)
            if said.isEmpty, !isSymbol(token) { return nil }
            if PastReferencePass.weekdays.contains(said) { return token...token }
            if ["this", "last", "yesterday"].contains(said), Self.partsOfDay.contains(word(token + 1)) {
                return token...(token + 1)
            }
            token += 1
        }
        return nil
    }
}
