import LEDVocabulary

/// Drops lengths that time the owner, not the light: how long they have had the device ("I have Outdoor 4
/// since two weeks", "we've had the camera for a month": told in days or more) or it has worked ("had been
/// working for months"), and a person's age ("she is
/// nine months now", "my son, 6 years old") — and the batteries' age ("Batteries 2 yrs", "batts in for 8
/// months", not "since I changed the batteries 2 days ago"). With a light said between the words and the length
/// ("I have had it blinking red for two weeks") the length is the light's and stays.
///
/// Runs after ``SinceLengthPass`` and before ``ResolvePass``.
struct OwnerLengthPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// Words of having the device: the length after them is how long.
    static let having: Set<String> = ["have", "had", "'ve", "ve", "owned", "own", "got", "bought", "installed"]
    /// A person whose age a length may be: "she is nine months now".
    static let people: Set<String> = [
        "she", "he", "she's", "he's", "shes", "hes", "baby", "son", "daughter", "kid", "grandson", "granddaughter",
    ]
    /// Words for the batteries: a length of days or more right after them is their age.
    static let batteries: Set<String> = ["batteries", "battery", "batts", "batt", "bats", "aas", "cells"]
    /// Words of a battery change: a length with them is since the change ("since I changed the batteries 2 days
    /// ago"), which the light may have lasted.
    static let batteryChange: Set<String> = [
        "since", "changed", "replaced", "swapped", "new", "fresh", "put", "inserted", "after", "ago", "when",
    ]
    /// Words of the device working as it should: a length of hours or more after them is how long it did.
    static let working: Set<String> = ["working", "worked", "works", "running", "ran", "fine"]
    /// How many items before a length its lead may stand.
    static let reach = 4

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if Self.isLength(item.meaning), timesOwner(items, at: index) { continue }
            out.append(item)
        }
        return out
    }

    /// Whether the length at `index` follows, in its clause and with no light between, words of having the
    /// device or a person, or is followed by "old".
    private func timesOwner(_ items: [TextItem], at index: Int) -> Bool {
        let item = items[index]
        if word(item.last + 1) == "old" { return true }
        // Walk back over the items of the clause that neither join nor describe the light.
        var lowest = item.first
        var position = index - 1
        while position >= 0, position >= index - Self.reach {
            let meaning = items[position].meaning
            // "I have Outdoor 4 since two weeks": "since" leads the length, it does not end the clause.
            let since = meaning == .order(.after) && word(items[position].first) == "since"
            if meaning.isJoin && !since || meaning.describesLight || Self.isLength(meaning) { break }
            lowest = min(lowest, items[position].first)
            position -= 1
        }
        if position >= 0, items[position].meaning.describesLight { return false }
        // The words from just after the item that stopped the walk (at most five words before the first item
        // passed) up to the length: "I have Outdoor 4 since", "she is".
        let floor = position >= 0 ? items[position].last + 1 : 0
        let from = min(lowest, max(floor, lowest - 5))
        let lead = Set((from..<item.first).map(word))
        // "The Mini had been working for months without a peep": how long the camera worked.
        if !lead.isDisjoint(with: Self.working),
            item.meaning == .duration(.hours) || Self.seconds(of: item.meaning).map({ $0 >= 86_400 }) ?? false
        {
            return true
        }
        // "we have been trying to add it for ten minutes": what they have been doing, not owning.
        if lead.contains("been") { return false }
        // Having it is told in days or more ("since two weeks", "for a month"); a shorter length after "had" is
        // more likely the light's or the situation's ("had no internet for an hour").
        let days = Self.seconds(of: item.meaning).map { $0 >= 86_400 } ?? false
        let batteriesAge =
            !lead.isDisjoint(with: Self.batteries) && lead.isDisjoint(with: Self.batteryChange)
            && !Self.batteryChange.contains(word(item.last + 1))
        return days && (!lead.isDisjoint(with: Self.having) || batteriesAge)
            || !lead.isDisjoint(with: Self.people) && lead.contains("is")
            || !lead.isDisjoint(with: ["she's", "he's", "shes", "hes"])
    }

    /// The exact length of a length item, in seconds.
    private static func seconds(of meaning: TextMeaning) -> Double? {
        if case .exactDuration(let length) = meaning { return length.seconds }
        return nil
    }

    private static func isLength(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .exactDuration, .duration: return true
        default: return false
        }
    }
}
