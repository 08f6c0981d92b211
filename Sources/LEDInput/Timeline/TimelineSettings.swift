import LEDCore

/// A builder's vocabulary and tuning, shared by reference: they are read only when an episode is
/// assembled, so the per-device builder carries one pointer instead of both structs.

final class TimelineSettings: Sendable {
    /// The domain's words for time.
    let vocabulary: TimingVocabulary
    /// How the builder reads noisy logs.
    let tuning: TimelineTuning

    /// Creates settings.
    init(vocabulary: TimingVocabulary, tuning: TimelineTuning) {
        self.vocabulary = vocabulary
        self.tuning = tuning
    }
}
