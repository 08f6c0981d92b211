public import PCRE2

/// Whether a rule is trusted in production.
public enum RuleStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case stable
    case experimental
}

/// An observation a rule's author wrote down to say how the rule must behave.
public struct RuleExample: Sendable, Hashable, Codable {
    /// What a person typed, or a canonical string (starting with `dev=`).
    public var text: String
    /// The device it was seen on, when given.
    public var device: String?
    /// Where it is written.
    public var location: CatalogLocation
}

/// A rule: a PCRE2 pattern over the canonical event string that points at a cause.
public struct Rule: Sendable {
    /// The stable id.
    public var id: String
    /// The cause it points at.
    public var cause: String
    /// The pattern as written, with `{{fragment}}` references.
    public var pattern: String
    /// The pattern with fragments resolved: what is compiled.
    public var resolvedPattern: String
    /// The compiled pattern, shared by every thread.
    public var compiled: CompiledPattern
    /// The devices it applies to; `nil` means every device (and an unknown one).
    public var devices: Set<String>?
    /// Contexts that must all be present.
    public var requiredContexts: Set<ObservationContext>
    /// Contexts that must all be absent.
    public var excludedContexts: Set<ObservationContext>
    /// How strongly the evidence points at the cause, 0…1.
    public var weight: Double
    /// One sentence saying why.
    public var explanation: String
    /// Where the facts come from.
    public var sources: [SourceReference]
    /// Stable or experimental.
    public var status: RuleStatus
    /// Observations that must rank this rule's cause first.
    public var matchExamples: [RuleExample]
    /// Observations this rule must not match.
    public var noMatchExamples: [RuleExample]
    /// Where it is defined.
    public var location: CatalogLocation
    /// The best tier among its sources.
    public var tier: SourceTier { sources.contains { $0.tier == .official } ? .official : .guide }
}
