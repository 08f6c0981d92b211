/// Which rule patterns read the canonical string's header (`dev=… ctx=… : `) and which see only the
/// events after it. The question planner relies on it: stating a context changes only the header, so
/// a header-blind rule that does not filter on that context matches the same events in the same way,
/// and only the other rules are matched again (docs/catalog.md, "Patterns and the header").
///
/// The reading is syntactic and conservative. A pattern is header-blind when, after an optional
/// leading `^[^:]*:` (which skips any header: the header holds no `:` before its end), it has no
/// anchor (`^`, `\A`, `\G`), names neither `dev=` nor `ctx=`, and looks behind no further than one
/// byte with `(?<![^ &])` (the byte before the events is a space whatever the header). The
/// catalog's own patterns keep the contract; `patterns lint` checks every header-blind rule's
/// examples under a changed header (``CatalogLintFinding/Check/readsHeader``).
enum HeaderBlindness {
    /// The prefix that skips any header.
    static let headerSkip = "^[^:]*:"
    /// The one lookbehind a header-blind pattern may use: "at the start of an event".
    static let eventStart = "(?<![^ &])"

    /// Whether `pattern` (fragments resolved) may read the header.
    static func readsHeader(_ pattern: String) -> Bool {
        var rest = Substring(pattern)
        if rest.hasPrefix(headerSkip) { rest = rest.dropFirst(headerSkip.count) }
        let text = String(rest).replacingOccurrences(of: eventStart, with: "")
        if text.contains("dev=") || text.contains("ctx=") || hasLookbehind(text) {
            return true
        }
        // An anchor: `^` outside a class (`[^…]` negates a class and is fine), `\A`, `\G`.
        var escaped = false
        // Inside a class: how many of its characters have been read (a `]` first, or after a first
        // `^`, is a literal, not the class's end).
        var classLength: Int? = nil
        var negated = false
        for character in text {
            if escaped {
                escaped = false
                if classLength == nil, character == "A" || character == "G" { return true }
                classLength = classLength.map { $0 + 1 }
                continue
            }
            if character == "\\" {
                escaped = true
                continue
            }
            guard let length = classLength else {
                if character == "[" {
                    classLength = 0
                    negated = false
                } else if character == "^" {
                    return true
                }
                continue
            }
            if character == "^", length == 0 {
                negated = true
            } else if character == "]", length > (negated ? 1 : 0) {
                classLength = nil
                continue
            }
            classLength = length + 1
        }
        return false
    }

    /// Whether `text` holds a lookbehind, `(?<=` or `(?<!` (not a named group, `(?<name>`).
    private static func hasLookbehind(_ text: String) -> Bool {
        text.contains("(?<=") || text.contains("(?<!")
    }
}
