import LEDCore
public import PCRE2

/// A question about the light itself ("Did the blue light come on just before the red flashes?"), from
/// the catalog's `light_questions` section: its pattern (`when`) finds the part of the canonical string
/// the owner's answer refines, and each choice rewrites that part (`docs/catalog.md`, "light_questions").
/// The rewritten string is read again and diagnosed as if the owner had said it.
///
/// A final class with constant fields, like ``Rule``: its compiled pattern is shared, never copied.
public final class LightQuestion: Sendable {
    /// One answer the owner can give.
    public struct Choice: Sendable, Hashable {
        /// The id typed on the command line and recorded in JSON (`yes`, `5-6`).
        public let id: String
        /// What the owner picks, in words ("five or six times").
        public let text: String
        /// What replaces the pattern's match: `$0` the whole match, `$1`…`$9` its groups, `$$` a dollar
        /// sign; `nil` leaves the observation as it is.
        public let rewrite: String?
        /// How likely the answer is before it is given (the choices' priors sum to 1).
        public let prior: Double
    }

    /// The stable id (`blue-before-red`).
    public let id: String
    /// The question, in words.
    public let text: String
    /// The pattern as written, with `{{fragment}}` references.
    public let pattern: String
    /// The compiled pattern: where it matches the events, the question applies.
    public let compiled: CompiledPattern
    /// The devices it is asked about; `nil` means every device.
    public let devices: Set<String>?
    /// The answers, in the order they are offered.
    public let choices: [Choice]
    /// Where the facts behind it come from.
    public let sources: [SourceReference]
    /// Observations and what each answer makes of them, checked by `leddiag patterns test`.
    public let examples: [LightQuestionExample]
    /// Where it is defined.
    public let location: CatalogLocation

    init(
        id: String, text: String, pattern: String, compiled: CompiledPattern, devices: Set<String>?,
        choices: [Choice], sources: [SourceReference], examples: [LightQuestionExample], location: CatalogLocation
    ) {
        self.id = id
        self.text = text
        self.pattern = pattern
        self.compiled = compiled
        self.devices = devices
        self.choices = choices
        self.sources = sources
        self.examples = examples
        self.location = location
    }

    /// The choice with this id.
    public func choice(_ id: String) -> Choice? { choices.first { $0.id == id } }

    /// Whether to ask it about `device` (an unknown device may be asked anything).
    public func applies(to device: String?) -> Bool {
        guard let devices, let device else { return true }
        return devices.contains(device)
    }

    /// The canonical string `canonical` with `choice`'s answer applied: the pattern's first match in the
    /// events (after the header) replaced by the choice's rewrite. `nil` when the pattern does not match
    /// the events, so the question does not apply; `canonical` itself for a choice that rewrites nothing.
    public func answering(_ choice: Choice, in canonical: [UInt8]) -> [UInt8]? {
        let eventsStart = CanonicalLayout(of: String(decoding: canonical, as: UTF8.self)).eventsStart
        return match(in: canonical, eventsStart: eventsStart).map { rewriting(canonical, at: $0, as: choice) }
    }

    /// Where the question applies in `canonical`, whose events start at `eventsStart`: the pattern's
    /// first match, when it lies in the events.
    func match(in canonical: [UInt8], eventsStart: Int) -> Match? {
        // From the start, so that the pattern may anchor on the header (`^dev=…`); the match itself must
        // lie in the events.
        let found = canonical.withUnsafeBufferPointer { try? compiled.firstMatch(in: $0) }
        guard let match = found, match.range.lowerBound >= eventsStart else { return nil }
        return match
    }

    /// `canonical` with `match` (of this question's pattern) rewritten as `choice` says.
    func rewriting(_ canonical: [UInt8], at match: Match, as choice: Choice) -> [UInt8] {
        guard let rewrite = choice.rewrite else { return canonical }
        var result = Array(canonical[..<match.range.lowerBound])
        Self.expand(rewrite, match: match, subject: canonical, into: &result)
        result += canonical[match.range.upperBound...]
        return result
    }

    /// Appends `template` with `$n` replaced by group *n* of `match` in `subject` (an unset group is
    /// empty) and `$$` by `$`.
    static func expand(_ template: String, match: Match, subject: [UInt8], into result: inout [UInt8]) {
        var bytes = template.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "$") else {
                result.append(byte)
                continue
            }
            guard let next = bytes.next() else {
                result.append(byte)
                break
            }
            if next == UInt8(ascii: "$") {
                result.append(next)
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next) {
                if let range = match[Int(next - UInt8(ascii: "0"))] { result += subject[range] }
            } else {
                result.append(byte)
                result.append(next)
            }
        }
    }

    /// The group numbers `template` refers to (`$1` → 1), to check them against the pattern's groups.
    static func groups(in template: String) -> [Int] {
        var groups: [Int] = []
        var previousDollar = false
        for byte in template.utf8 {
            if previousDollar, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                groups.append(Int(byte - UInt8(ascii: "0")))
            }
            previousDollar = !previousDollar && byte == UInt8(ascii: "$")
        }
        return groups
    }
}

/// An observation a light question's author wrote down, and what one answer makes of it.
public struct LightQuestionExample: Sendable, Hashable {
    /// What a person typed, or a canonical string.
    public let text: String
    /// The device it was seen on, when given.
    public let device: String?
    /// The choice answered; `nil` for an example the question must not apply to.
    public let answer: String?
    /// The canonical string the answer must give (for an example with an answer).
    public let gives: String?
    /// Where it is written.
    public let location: CatalogLocation
}
