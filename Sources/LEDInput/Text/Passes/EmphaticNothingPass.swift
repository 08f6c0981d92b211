/// "no nothing" closing a list of denials after a light ("just sittin on plain blue, no green, no nothin",
/// "solid blue, no blinking, no nothing") is emphasis: nothing more happens, the light said stays. It is
/// dropped there; said alone ("held reset, no lite, no nothin") it still reads dark.
///
/// Runs after ``ResolvePass``.
struct EmphaticNothingPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// The words of "nothing" as people type it.
    static let nothings: Set<String> = ["nothing", "nothin", "nuthin", "nothink", "nuthing", "nothin'"]

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if case .kind(.off) = item.meaning, item.last == item.first + 1, word(item.first) == "no",
                Self.nothings.contains(word(item.last)), followsDenial(items, at: index),
                items[..<index].contains(where: \.meaning.isColor)
            {
                continue
            }
            out.append(item)
        }
        return out
    }

    /// Whether a denial ("no green", "no blinking") comes right before `index`, past commas and "and".
    private func followsDenial(_ items: [TextItem], at index: Int) -> Bool {
        var probe = index - 1
        while probe >= 0 {
            switch items[probe].meaning {
            case .order(.comma), .together: probe -= 1
            case .absent, .negatedBlink, .flag(.noBlink): return true
            default: return false
            }
        }
        return false
    }
}
