public import LEDCore
public import PCRE2

/// Whether a rule is trusted in production.
public enum RuleStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case stable
    case experimental
}

/// An observation a rule's author wrote down to say how the rule must behave.
public struct RuleExample: Sendable, Hashable, Codable {
    /// What a person typed, or a canonical string (starting with `dev=`).
    public let text: String
    /// The device it was seen on, when given.
    public let device: String?
    /// Where it is written.
    public let location: CatalogLocation
}

/// A rule: a PCRE2 pattern over the canonical event string that points at a cause.
///
/// A final class with constant fields: a catalog's rules are shared, never copied field by field
/// on the hot path of a diagnosis.
public final class Rule: Sendable {
    /// The stable id.
    public let id: String
    /// The cause it points at.
    public let cause: String
    /// The pattern as written, with `{{fragment}}` references.
    public let pattern: String
    /// The pattern with fragments resolved: what is compiled.
    public let resolvedPattern: String
    /// The compiled pattern, shared by every thread.
    public let compiled: CompiledPattern
    /// The devices it applies to; `nil` means every device (and an unknown one).
    public let devices: Set<String>?
    /// Contexts that must all be present.
    public let requiredContexts: Set<ObservationContext>
    /// Contexts that must all be absent.
    public let excludedContexts: Set<ObservationContext>
    /// How strongly the evidence points at the cause, 0…1.
    public let weight: Double
    /// One sentence saying why.
    public let explanation: String
    /// Where the facts come from.
    public let sources: [SourceReference]
    /// Stable or experimental.
    public let status: RuleStatus
    /// Observations that must rank this rule's cause first.
    public let matchExamples: [RuleExample]
    /// Observations this rule must not match.
    public let noMatchExamples: [RuleExample]
    /// Whether what follows the events it matches changes their meaning (`ending: matters`): such a
    /// rule need not accept the end token `none:off` after them, and `patterns lint` does not ask it to.
    public let endingMatters: Bool
    /// Where it is defined.
    public let location: CatalogLocation
    /// Creates a rule (the loader does, after validating it).
    init(
        id: String, cause: String, pattern: String, resolvedPattern: String, compiled: CompiledPattern,
        devices: Set<String>?,
        requiredContexts: Set<ObservationContext>, excludedContexts: Set<ObservationContext>, weight: Double,
        explanation: String,
        sources: [SourceReference], status: RuleStatus, matchExamples: [RuleExample], noMatchExamples: [RuleExample],
        endingMatters: Bool = false, location: CatalogLocation
    ) {
        self.endingMatters = endingMatters
        self.id = id
        self.cause = cause
        self.pattern = pattern
        self.resolvedPattern = resolvedPattern
        self.compiled = compiled
        self.devices = devices
        self.requiredContexts = requiredContexts
        self.excludedContexts = excludedContexts
        self.weight = weight
        self.explanation = explanation
        self.sources = sources
        self.status = status
        self.matchExamples = matchExamples
        self.noMatchExamples = noMatchExamples
        self.location = location
        self.tier = sources.contains { $0.tier == .official } ? .official : .guide
    }

    /// The best tier among its sources.
    public let tier: SourceTier
}
