/// What a rule's pattern requires of every subject it matches, found by reading the pattern rather than
/// running it: at least one of a few literal byte strings (`anyOf`), or nothing known (`always`, so
/// the rule is tried on every subject).
///
/// Sound by construction: each step only ever forgets requirements, never invents one. A node's
/// *exact* set is every string it can consume (when small); its *required* set is a disjunction of
/// which every subject it matches contains one. Concatenation crosses exact sets and keeps the most
/// selective requirement; alternation unites; a quantifier that allows zero repetitions, a class, `.`,
/// a back reference and a negative assertion contribute nothing; a positive assertion's content is
/// required of the subject though it consumes nothing. What the reader does not know — case-insensitive
/// or extended mode, conditions, callouts, `(*ACCEPT)`, escapes it does not list — makes the whole
/// pattern `always` (FilteredRE2's "unfiltered" rules).
public enum RequiredLiterals: Sendable, Hashable {
    /// Nothing known: the rule runs on every subject.
    case always
    /// Every subject the pattern matches contains at least one of these byte strings.
    case anyOf([[UInt8]])

    /// The shortest literal worth indexing: shorter ones (`:`, `6`) are in nearly every canonical string.
    static let minimumLength = 3
    /// The most literals one rule is filed under.
    static let maximumCount = 64

    /// What `pattern` (a resolved pattern, compiled without options) requires.
    public init(pattern: String) {
        var reader = Reader(Array(pattern.utf8))
        guard let info = try? reader.whole(),
            let required = info.requirement,
            let shortest = required.map(\.count).min(), shortest >= Self.minimumLength,
            required.count <= Self.maximumCount
        else {
            self = .always
            return
        }
        self = .anyOf(required.strings.sorted { $0.lexicographicallyPrecedes($1) })
    }
}

extension RequiredLiterals {
    /// What one node of a pattern consumes exactly (when known and small) and requires of the subject.
    struct Info {
        /// Every string the node can consume, when there are at most ``Reader/exactLimit``.
        var exact: LiteralSet?
        /// Strings of which every subject the node matches in contains one; `nil` when none is known.
        var required: LiteralSet?

        /// Consumes nothing and requires nothing (an anchor, a negative assertion, a verb).
        static let empty = Info(exact: [[]], required: nil)
        /// Unknown: consumes something, requires nothing known (a class, `.`, a back reference).
        static let unknown = Info(exact: nil, required: nil)

        /// A literal byte.
        static func literal(_ byte: UInt8) -> Info { Info(exact: [[byte]], required: [[byte]]) }

        /// The best requirement: `required`, or `exact` when it is better.
        var requirement: LiteralSet? { Info.better(required, Info.asRequirement(exact)) }

        /// An exact set as a requirement: none if it holds the empty string.
        static func asRequirement(_ exact: LiteralSet?) -> LiteralSet? {
            guard let exact, !exact.isEmpty, !exact.contains([]) else { return nil }
            return exact
        }

        /// The more selective of two requirements: the longer shortest literal, then the fewer literals.
        static func better(_ a: LiteralSet?, _ b: LiteralSet?) -> LiteralSet? {
            guard let a else { return b }
            guard let b else { return a }
            let (shortestA, shortestB) = (a.map(\.count).min() ?? 0, b.map(\.count).min() ?? 0)
            if shortestA != shortestB { return shortestA > shortestB ? a : b }
            return b.count < a.count ? b : a
        }
    }

    /// Something in the pattern the reader does not follow: the pattern is `always`.
    struct Unsupported: Error {}
}
