import PCRE2

/// The warning a diagnosis carries for a rule it skipped because its match tripped a PCRE2 limit:
/// `rule "ID" skipped: REASON`. Written in one place, and read back by the batch, which counts skipped
/// rules for its summary.
package struct SkippedRuleWarning: Sendable, Hashable {
    /// The rule's id.
    package var rule: String
    /// Why, as the error describes itself (`match limit exceeded (too much backtracking)`).
    package var reason: String

    /// The warning for `rule`, stopped by `error`.
    init(rule: String, error: PCRE2Error) {
        self.rule = rule
        self.reason = error.description
    }

    /// Reads a warning back; nil when it is not a skipped-rule warning.
    package init?(parsing text: String) {
        let prefix = "rule \""
        let separator = "\" skipped: "
        guard text.hasPrefix(prefix), let end = text.firstRange(of: separator) else { return nil }
        let id = text[text.index(text.startIndex, offsetBy: prefix.count)..<end.lowerBound]
        // Rule ids are lower-case letters, digits and '-', so the first `" skipped: ` ends the id.
        guard !id.isEmpty else { return nil }
        rule = String(id)
        reason = String(text[end.upperBound...])
    }

    /// `rule "ID" skipped: REASON`.
    package var text: String { "rule \"\(rule)\" skipped: \(reason)" }
}
