/// One step of a fix: the one instruction a device's owner follows, and — where the sources disagree
/// on the step — the step as they give it, each reading with its source's name.
///
/// In `fixes.yaml` a step is either text (the sources agree: the text is the instruction) or a
/// mapping `{do: "One instruction.", differ: "The step with every reading and its source."}`. The
/// instruction is the choice that is safe for every source (Blink's own chart where it speaks; otherwise
/// the reading that satisfies them all, such as the longest of the hold times they give).
public struct FixStep: Sendable, Hashable, Codable {
    /// What to do, in one instruction: what the owner's report prints.
    public var instruction: String
    /// Where the sources disagree on this step: the step as they give it, every reading with its source
    /// ("Wait at least 30 seconds (000; its step 1 says 10 seconds, its FAQ 10 to 15)."); nil where
    /// they agree.
    public var sourcesDiffer: String?

    /// A step: `instruction`, with `sourcesDiffer` when the sources disagree on it.
    public init(_ instruction: String, sourcesDiffer: String? = nil) {
        self.instruction = instruction
        self.sourcesDiffer = sourcesDiffer
    }

    /// The step in full: how the sources give it when they differ, otherwise the instruction. This is
    /// what a diagnosis's fix plan carries (``PlannedFix/steps``), so the JSON, batch records and
    /// `diagnose --details` keep every reading with its source.
    public var detailed: String { sourcesDiffer ?? instruction }
}
