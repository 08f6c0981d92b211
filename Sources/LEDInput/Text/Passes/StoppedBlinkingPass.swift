import LEDVocabulary

/// Reads "stopped blinking" ("19:04 it stopped blinking", "then stops flashing") as "no longer blinking": the
/// light blinked, then its colour went dark (``TextMeaning/noLonger``), as "isn't flashing anymore" reads.
/// Beside a steady light in the same sentence ("the ring stayed red and stopped flashing") only the blinking
/// ended and the light stays: the words add nothing; before a darkness said ("stopped flashing and went dark") they
/// say only that the light blinked, and the darkness is its end. Negated ("won't stop blinking", "hasn't stopped
/// flashing") it is left to mean a blinking without end.
///
/// Runs after ``PastReferencePass`` and before ``ResolvePass``.
struct StoppedBlinkingPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String

    /// The words of an end that can stop a blinking.
    static let stopWords: Set<String> = ["stopped", "stops", "stop", "stopping", "quit", "quits"]
    /// How many items on either side a steady light is looked for.
    static let reach = 4

    func run(_ items: [TextItem]) -> [TextItem] {
        var out: [TextItem] = []
        out.reserveCapacity(items.count)
        var index = 0
        while index < items.count {
            let item = items[index]
            guard case .endOfLight = item.meaning, item.first == item.last, Self.stopWords.contains(word(item.first)),
                index + 1 < items.count, case .kind(.blink) = items[index + 1].meaning,
                items[index + 1].first == item.last + 1, !negated(items, at: index)
            else {
                out.append(item)
                index += 1
                continue
            }
            // "the red light stopped blinking": the colour named right before was blinking until then.
            let namedBefore = index > 0 && items[index - 1].meaning.isColor
            switch near(items, at: index) {
            case .steady?:
                break
            case .dark?:
                // "the red light stopped blinking, now off": it blinked; the darkness said is the end
                if namedBefore { out.append(items[index + 1]) }
            case nil:
                if namedBefore {
                    out.append(TextItem(.kind(.blink), item.first, item.last))
                    out.append(TextItem(.noLonger, items[index + 1].first, items[index + 1].last))
                } else {
                    out.append(TextItem(.noLonger, item.first, items[index + 1].last))
                }
            }
            index += 2
        }
        return Self.noLongerAfterBlink(out)
    }

    /// "it no longer blinks red": a "no longer" said right before a blinking light ends that light, as "isn't
    /// blinking red anymore" does; it moves after the words of the light. Before anything else ("no longer stays
    /// dark") it stays where it is.
    static func noLongerAfterBlink(_ items: [TextItem]) -> [TextItem] {
        var items = items
        var index = 0
        while index + 1 < items.count {
            guard case .noLonger = items[index].meaning, items[index + 1].first == items[index].last + 1 else {
                index += 1
                continue
            }
            var end = index + 1
            var blinks = false
            scan: while end < items.count, items[end].first == items[end - 1].last + 1 {
                switch items[end].meaning {
                case .kind(.blink): blinks = true
                case .color, .count, .bareCount, .speed: break
                default: break scan
                }
                end += 1
            }
            guard blinks else {
                index += 1
                continue
            }
            let noLonger = items.remove(at: index)
            items.insert(noLonger, at: end - 1)
            index = end
        }
        return items
    }

    /// Whether a negation comes right before the end at `index` ("won't stop", "has not stopped").
    private func negated(_ items: [TextItem], at index: Int) -> Bool {
        guard index > 0, case .negation = items[index - 1].meaning else { return false }
        return items[index - 1].last >= items[index].first - 2
    }

    /// What is said near the end at `index`, in its sentence.
    private enum Near { case steady, dark }

    /// A steady light said near the end at `index`, in its sentence ("stayed red and stopped flashing", "stopped
    /// flashing and went solid"), or a darkness after it ("stopped flashing and went dark"); nil for neither. Past
    /// another colour than the one named before, what is said is of another light.
    private func near(_ items: [TextItem], at index: Int) -> Near? {
        var before = index - 1
        while before >= max(0, index - Self.reach) {
            if case .order(.sentence) = items[before].meaning { break }
            if Self.isSteady(items[before].meaning) { return .steady }
            before -= 1
        }
        var after = index + 2
        while after < min(items.count, index + 2 + Self.reach) {
            if case .order(.sentence) = items[after].meaning { break }
            if Self.isSteady(items[after].meaning) {
                return ofAnotherLight(items, after, than: index - 1) ? nil : .steady
            }
            if Self.isDark(items[after].meaning) { return .dark }
            after += 1
        }
        return nil
    }

    /// Whether the light said at `index` has another colour than the one named at `named` ("the red light stopped
    /// blinking, now solid green"): the nearest colour on either side of it, in its clause.
    private func ofAnotherLight(_ items: [TextItem], _ index: Int, than named: Int) -> Bool {
        guard named >= 0, case .color(let namedColor) = items[named].meaning else { return false }
        for neighbour in [index + 1, index - 1] where neighbour > named && neighbour < items.count {
            if case .color(let color) = items[neighbour].meaning { return color != namedColor }
        }
        return false
    }

    /// "stopped flashing and went dark": the darkness said after it is the end.
    private static func isDark(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind(.off), .dark, .endOfLight: return true
        default: return false
        }
    }

    private static func isSteady(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind(.solid), .lit, .stuckOn, .constant: return true
        default: return false
        }
    }
}
