/// One thing ``CatalogLinter`` found in a catalog: an error (the catalog does not load) or a
/// warning (it loads, but something is likely wrong), with its place.
public struct CatalogLintFinding: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, CaseIterable {
        /// The catalog cannot be loaded.
        case error
        /// The catalog loads, but this is likely a mistake.
        case warning
    }

    /// The check that found it.
    public enum Check: String, Sendable, Hashable, CaseIterable {
        /// The loader's validation (YAML, keys, references, fragments, PCRE2 compile errors).
        case invalid
        /// The rule fires on most observations: it is evidence for almost anything.
        case broad
        /// On its own match examples the pattern covers little of the events, so its specificity stays low.
        case unspecific
        /// Two rules fire on exactly the same example observations: no example tells them apart.
        case overlap
        /// A fragment no rule uses (directly or through other fragments).
        case unusedFragment = "unused-fragment"
        /// A cause no rule points at.
        case unreachedCause = "unreached-cause"
        /// A fix no cause names.
        case unusedFix = "unused-fix"
        /// A pattern slower than the time budget on some observation.
        case slow
        /// A pattern that trips a PCRE2 limit (match, heap or depth limit; JIT stack) on some observation.
        case limit
        /// A pattern whose time grows much faster than the events (it rescans from every position).
        case growth
        /// A rule that stops matching its own example when the description ends in darkness ("… then
        /// nothing", the end token `none:off`): end the pattern with `{{end}}`, or mark it `ending: matters`.
        case ending
        /// A rule whose pattern requires no literal the prefilter can use (``RequiredLiterals``): it is
        /// matched against every observation, which costs time in a large catalog.
        case alwaysRun = "always-run"
        /// A fix step says the sources differ (`differ`) but names none of the fix's sources.
        case unsourcedDifference = "unsourced-difference"
        /// A rule read as header-blind (``HeaderBlindness``) whose example changes outcome when other
        /// contexts are stated: the question planner would reuse a wrong outcome for it. Anchor the pattern
        /// (`^dev=…` or `^[^:]*:`) or write it to match event tokens only.
        case readsHeader = "reads-header"
    }

    /// Where it is.
    public var location: CatalogLocation
    /// Error or warning.
    public var severity: Severity
    /// Which check found it.
    public var check: Check
    /// What is wrong.
    public var message: String

    /// Creates a finding.
    public init(_ message: String, at location: CatalogLocation, severity: Severity = .warning, check: Check) {
        self.location = location
        self.severity = severity
        self.check = check
        self.message = message
    }

    /// `file:line:column: warning: message [check]`, as compilers and SwiftLint print them.
    public var description: String { "\(location): \(severity.rawValue): \(message) [\(check.rawValue)]" }

    /// Findings order by place, then check.
    public static func < (lhs: CatalogLintFinding, rhs: CatalogLintFinding) -> Bool {
        (lhs.location, lhs.check.rawValue, lhs.message) < (rhs.location, rhs.check.rawValue, rhs.message)
    }
}
