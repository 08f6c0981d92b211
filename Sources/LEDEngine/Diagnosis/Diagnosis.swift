/// The answer for one observation: ranked causes with their evidence, a fix plan and its expected cost.
/// ``json(extra:)`` writes it as the JSON documented in `docs/json-output.md` (the one encoder of that
/// shape; `Diagnosis` is not `Codable`, so no second encoder can disagree with it).
public struct Diagnosis: Sendable, Hashable {
    /// What was diagnosed, as given (text or canonical string).
    public var observation: String
    /// The device id, when known.
    public var device: String?
    /// The canonical event string; also valid input.
    public var canonical: String
    /// The events read from the observation.
    public var events: [EventReport]
    /// The causes, most likely first.
    public var causes: [RankedCause]
    /// The fix plan, best first.
    public var fixes: [PlannedFix]
    /// The plan's expected cost in minutes.
    public var expectedCost: Double
    /// The best yes/no question to ask next, when the leading causes are close and asking pays.
    public var question: DiagnosticQuestion?
    /// Rules that came close when nothing (or little) matched.
    public var closest: [NearMiss]
    /// Rules skipped because they tripped a PCRE2 limit, and similar notes.
    public var warnings: [String]
    /// The rules skipped because they tripped a PCRE2 limit, as data (each also has its warning).
    public var skippedRules: [SkippedRule] = []
    /// How the words were read where that may surprise: `read "flashng" as "flashing"`.
    public var notes: [String] = []
    /// What the owner answered, weighed as evidence (none for a one-shot diagnosis).
    public var answers: OwnerAnswers = .none

    /// The most likely cause, if any rule matched.
    public var topCause: RankedCause? { causes.first }
}
