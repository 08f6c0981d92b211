public import LEDCore

/// The key facts a correct reading of an observation has to get, written in the canonical event
/// language without the `dev=` part: `ctx=CONTEXTS : token token…` (`docs/event-language.md`).
///
/// In a token, `_` matches any value of its field; a bare duration bucket (`minutes`) matches that
/// bucket with or without exact seconds (`minutes=180`); every other field must be equal. `&` joins
/// events of one step, as in a canonical string. `ctx=- :` with no tokens means "no LED events".
///
/// ```swift
/// let facts = try FactsPattern("ctx=- : blue:solid:_:_:seconds:_:_ red:blink:6:_:_:_:_")
/// let reading = try CanonicalReader.observation(
///     from: "dev=xt ctx=- : blue:solid:_:_:seconds=12:_:_ red:blink:6:fast:_:_:_")
/// facts.matches(reading)  // true
/// ```

public struct FactsPattern: Sendable, Hashable, CustomStringConvertible {
    /// The contexts the reading must have, exactly.
    public let contexts: Set<ObservationContext>
    /// The expected event tokens, step by step (events of a step in canonical order).
    public let steps: [[String]]
    /// The pattern in canonical form (`ctx=… : …`).
    public let text: String
    /// Each token's seven fields.
    private let fields: [[[Substring]]]

    /// The index of the duration field in an event token.
    private static let durationField = 4
    /// What is put before a pattern to read it as a canonical string.
    private static let header = "dev=? "

    /// Reads a pattern; a pattern that is not canonical (after `dev=? `) is an error whose offset is
    /// a byte offset into `text`.
    public init(_ text: String) throws(CanonicalSyntaxError) {
        if text.hasPrefix("dev=") {
            throw CanonicalSyntaxError(
                "a facts pattern starts with ctx=, without the dev= part", offset: 0, input: text)
        }
        let observation: Observation
        do {
            observation = try CanonicalReader.observation(from: Self.header + text)
        } catch {
            throw CanonicalSyntaxError(
                error.message, offset: max(0, error.offset - Self.header.utf8.count), input: text)
        }
        contexts = observation.contexts
        steps = observation.steps.map { $0.events.map(CanonicalWriter.token(for:)) }
        fields = steps.map { $0.map { $0.split(separator: ":", omittingEmptySubsequences: false) } }
        self.text = String(CanonicalWriter.string(for: observation).dropFirst(Self.header.utf8.count))
    }

    /// Whether the pattern has no event tokens (`ctx=… :`).
    public var isEmpty: Bool { steps.isEmpty }

    /// The pattern in canonical form.
    public var description: String { text }

    /// Whether `observation` has these facts: the same contexts, the same number of steps, each step
    /// the same number of events, and each expected event matching the event at the same position,
    /// field by field (the device is not compared).
    public func matches(_ observation: Observation) -> Bool {
        observation.contexts == contexts && matchesEvents(of: observation)
    }

    /// Whether `observation` has these facts' events, whatever its contexts: the same number of steps,
    /// each step the same number of events, each event matching field by field.
    public func matchesEvents(of observation: Observation) -> Bool {
        guard observation.steps.count == fields.count else { return false }
        for (step, expected) in zip(observation.steps, fields) {
            guard step.events.count == expected.count else { return false }
            for (event, want) in zip(step.events, expected) {
                let got = CanonicalWriter.token(for: event).split(separator: ":", omittingEmptySubsequences: false)
                guard got.count == want.count else { return false }
                for index in want.indices where !Self.field(want[index], matches: got[index], at: index) {
                    return false
                }
            }
        }
        return true
    }

    /// Whether an expected field matches the field read: `_` matches anything, a bare duration bucket
    /// matches that bucket with any seconds, anything else must be equal.
    private static func field(_ want: Substring, matches got: Substring, at index: Int) -> Bool {
        if want == "_" { return true }
        if index == durationField, !want.contains("=") {
            return got.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first == want
        }
        return want == got
    }
}
