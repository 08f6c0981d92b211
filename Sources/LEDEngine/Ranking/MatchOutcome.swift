import LEDCore

/// What the ranking and the fix plan can see of one match — the key a ranking is remembered by
/// (``Diagnoser/ranking(of:for:answers:)``).
///
/// The ranking reads the device (which causes it can have, its fixes' steps), the contexts the
/// observation states and the owner's answers (which fixes are left out, Bayes' rule), and for each rule
/// that hit, its index and its score — nothing else of the match: not where it matched, not the
/// timings' bytes, not the canonical string. Episodes whose timings differ but whose rules hit alike
/// share one outcome, and so one ranking and one fix plan; what a report prints of a match (spans,
/// groups, the events) is made for each episode.
struct MatchOutcome: Hashable, Sendable {
    /// The device's catalog id, if known.
    var device: String?
    /// The contexts the observation states, as bits.
    var stated: UInt64
    /// The owner's answers.
    var answers: Diagnoser.Answers
    /// Per hit, in catalog order, two words: its rule index and its score's bits (equal bits are equal
    /// scores). One array, so one allocation per key.
    private(set) var hits: [UInt64]

    /// The outcome of an observation on `device` stating `stated` whose rules hit `hits`, with `answers`.
    init(device: String?, stated: Set<ObservationContext>, hits: [RuleHit], answers: Diagnoser.Answers) {
        self.device = device
        self.stated = RuleTable.bits(stated)
        self.answers = answers
        self.hits = [UInt64](unsafeUninitializedCapacity: hits.count * 2) { buffer, written in
            for (index, hit) in hits.enumerated() {
                buffer[2 * index] = UInt64(truncatingIfNeeded: hit.rule)
                buffer[2 * index + 1] = hit.score.bitPattern
            }
            written = hits.count * 2
        }
    }
}
