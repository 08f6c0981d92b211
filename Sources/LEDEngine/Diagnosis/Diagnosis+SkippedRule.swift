import PCRE2

extension Diagnosis {
    /// A rule the diagnosis skipped because its match tripped a PCRE2 limit. The diagnosis carries it as
    /// data (``Diagnosis/skippedRules``), for the batch's counts, and as its warning text
    /// (``Diagnosis/warnings``: `rule "ID" skipped: REASON`), written here and nowhere else.
    public struct SkippedRule: Sendable, Hashable {
        /// The rule's id.
        public var rule: String
        /// Why, as the error describes itself (`match limit exceeded (too much backtracking)`).
        public var reason: String

        /// The rule `rule`, stopped by `error`.
        init(rule: String, error: PCRE2Error) {
            self.rule = rule
            self.reason = error.description
        }

        /// `rule "ID" skipped: REASON`.
        public var warning: String { "rule \"\(rule)\" skipped: \(reason)" }
    }
}
