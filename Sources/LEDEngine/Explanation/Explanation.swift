public import LEDInput

/// How leddiag read one observation and why it ranked the causes as it did — what `leddiag explain`
/// prints: the words it recognised, the canonical string, every rule that matched (with its span
/// and score arithmetic), the rules that came close, and how the causes' confidences were combined.
///
/// Build one with ``Diagnoser/explain(_:device:)``.

public struct Explanation: Sendable, Hashable {
    /// The observation as given (typed text or a canonical string).
    public var input: String
    /// Whether the input was a canonical event string rather than typed words.
    public var isCanonicalInput: Bool
    /// The words and phrases recognised in the input, in input order, with their character ranges.
    public var readings: [WordReading]
    /// The diagnosis the explanation is about.
    public var diagnosis: Diagnosis
    /// Every rule that matched and passed its filters, strongest first.
    public var matches: [ExplainedMatch]
    /// Rules that did not count but came close: filtered out by device or context although their
    /// pattern matches, or whose pattern got part of the way (PCRE2 partial matching); closest first.
    public var nearMisses: [NearMiss]
    /// How each cause's confidence follows from its rules' scores, in ranking order.
    public var arithmetic: [CauseArithmetic]
    /// The sum of the causes' noisy-OR supports, before scaling; above 1 they are divided by it.
    public var totalSupport: Double

    /// The canonical event string.
    public var canonical: String { diagnosis.canonical }

    /// Creates an explanation from its parts.
    public init(
        input: String, isCanonicalInput: Bool, readings: [WordReading], diagnosis: Diagnosis, matches: [ExplainedMatch],
        nearMisses: [NearMiss], arithmetic: [CauseArithmetic], totalSupport: Double
    ) {
        self.input = input
        self.isCanonicalInput = isCanonicalInput
        self.readings = readings
        self.diagnosis = diagnosis
        self.matches = matches
        self.nearMisses = nearMisses
        self.arithmetic = arithmetic
        self.totalSupport = totalSupport
    }
}
