/// How two pieces of a description are ordered in time.
package enum TextOrder: Sendable, Hashable {
    /// "then", "followed by", ">" — what comes first in the text happens first.
    case then
    /// "before" — A before B is A then B.
    case before
    /// "after", "right after" — A after B is B then A.
    case after
    /// "when", "as soon as", "once it …" — like "after"; or it introduces a situation.
    case when
    /// `,` — a pause between events.
    case comma
    /// the end of a sentence.
    case sentence

    /// Whether the piece after the word happened earlier.
    package var reverses: Bool { self == .after || self == .when }

    /// How strongly the word separates, for collapsing runs like ", and then" or ", right after".
    package var strength: Int {
        switch self {
        case .after, .when: return 3
        case .then, .before: return 2
        case .comma, .sentence: return 1
        }
    }

    /// The spelling used in readings: `order: after`.
    package var name: String {
        switch self {
        case .then: return "then"
        case .before: return "before"
        case .after: return "after"
        case .when: return "when"
        case .comma: return ","
        case .sentence: return "."
        }
    }
}
