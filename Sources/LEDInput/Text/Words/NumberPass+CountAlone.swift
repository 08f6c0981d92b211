import LEDVocabulary

/// A count said alone in a clause of its own right after a blink ("red blinks, around 4 or so, and then it
/// connected", "the lamp do red flash flash flash, three, then is going normal", "it flashed red, 3, then went
/// dark"): the number of those blinks. And a bare number beside a light that counts nothing of it ("camera #2 flashes
/// red", "2 AA batteries").
extension NumberPass {
    /// Whether the number of `group` stands alone between a comma after a blink and the end of its clause.
    func countsBlinkBefore(_ group: Group, _ items: [TextItem], _ out: [TextItem]) -> Bool {
        guard group.high == nil, !group.low.isClock, let value = group.low.integer, (1...20).contains(value),
            case .order(.comma)? = out.last?.meaning
        else { return false }
        // "flashed red for about ten seconds, maybe fifteen": a second guess at the length just said.
        if out.count >= 2 {
            switch out[out.count - 2].meaning {
            case .exactDuration, .duration, .unit: return false
            default: break
            }
        }
        // A blink in the clause before the comma.
        var probe = out.count - 2
        var blinks = false
        while probe >= 0, !blinks {
            switch out[probe].meaning {
            case .kind(.blink), .repeated: blinks = true
            case .order, .together: probe = -1
            default: probe -= 1
            }
        }
        guard blinks else { return false }
        let after = afterOrSo(items, from: group.next)
        // "red, two, three, four times": a run of numbers, read as one.
        if after + 1 < items.count, Self.isNumberItem(items[after + 1].meaning) { return false }
        return endsClause(items, at: after)
    }

    private static func isNumberItem(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .number, .numberWord: return true
        default: return false
        }
    }

    /// The item after "or so" at `index` ("4 or so"), or `index`.
    func afterOrSo(_ items: [TextItem], from index: Int) -> Int {
        guard index < items.count, case .rangeJoin = items[index].meaning, word(items[index].last + 1) == "so" else {
            return index
        }
        return index + 1
    }

    /// Whether the clause ends at item `index`: the text's end, punctuation or an order word.
    private func endsClause(_ items: [TextItem], at index: Int) -> Bool {
        guard index < items.count else { return true }
        switch items[index].meaning {
        case .order, .together, .presentMarker: return true
        default: return false
        }
    }
}

extension NumberPass {
    /// Whether "one" before a colour at `index` picks one of several lights rather than counting pulses: the
    /// text names another the same way ("one blue blinking, one green steady"), names a colour with "one"
    /// after it ("one blue that blinks and a green one that stays on"), or "the other" and a colour ("one blue,
    /// the other green").
    func isEnumeratedLight(_ items: [TextItem], at index: Int) -> Bool {
        guard word(items[index].first) == "one", index + 1 < items.count, case .color = items[index + 1].meaning
        else { return false }
        var picked = 0
        for probe in items.indices.dropLast() where word(items[probe].first) == "one" {
            if case .numberWord(1) = items[probe].meaning, case .color = items[probe + 1].meaning { picked += 1 }
            if picked >= 2 { return true }  // (at most one full scan per text of many "one red …")
        }
        for item in items[(index + 2)...] {
            guard case .color = item.meaning else { continue }
            if word(item.last + 1) == "one" { return true }
            if (max(0, item.first - 3)..<item.first).contains(where: { word($0) == "other" }) { return true }
        }
        return false
    }

    /// Words before a number that make it a name ("camera #2", "firmware 10.58", "room 12"), not a count.
    static let namingWords: Set<String> = ["firmware", "version", "fw", "ver", "build", "room", "serial", "model"]
    /// Things a number right before them counts ("2 AA batteries", "3 cameras"), not pulses.
    static let countedThings: Set<String> = [
        "aa", "aaa", "battery", "batteries", "cameras", "cams", "minis", "devices", "units", "modules", "kids",
        "people",
    ]

    /// Whether a bare number beside a light names something else: an identifier ("camera #2 flashes red",
    /// "firmware 10.58"), or a number of things said right after it ("flashing red, 2 AA batteries in").
    func namesOtherThing(_ group: Group) -> Bool {
        if group.first > 0, text(group.first - 1, group.first).contains("#") { return true }
        return Self.namingWords.contains(word(group.first - 1)) || Self.countedThings.contains(word(group.last + 1))
    }
}
