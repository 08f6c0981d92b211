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
    /// The words of `hits` folded into one, so that hashing a key feeds the hasher a few words, not every
    /// hit's (equality still compares every word).
    private var fold: UInt64

    /// The outcome of an observation on `device` stating `stated` whose rules hit `hits`, with `answers`.
    init(device: String?, stated: Set<ObservationContext>, hits: [RuleHit], answers: Diagnoser.Answers) {
        self.device = device
        self.stated = RuleTable.bits(stated)
        self.answers = answers
        var fold = Self.foldSeed
        self.hits = [UInt64](unsafeUninitializedCapacity: hits.count * 2) { buffer, written in
            for (index, hit) in hits.enumerated() {
                let rule = UInt64(truncatingIfNeeded: hit.rule)
                let score = hit.score.bitPattern
                buffer[2 * index] = rule
                buffer[2 * index + 1] = score
                fold = Self.fold(Self.fold(fold, rule), score)
            }
            written = hits.count * 2
        }
        self.fold = fold
    }

    /// Hashes the device, the contexts, the answers and the hits' fold.
    func hash(into hasher: inout Hasher) {
        hasher.combine(device)
        hasher.combine(stated)
        hasher.combine(answers)
        hasher.combine(fold)
    }

    /// Where a fold starts.
    static let foldSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// `fold` with `word` mixed in (a multiply-xorshift step: cheap, and every bit of `word` moves many of
    /// the result's). Only for hashing: keys are told apart by their words.
    @inline(__always)
    static func fold(_ fold: UInt64, _ word: UInt64) -> UInt64 {
        var mixed = (fold ^ word) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= mixed >> 29
        return mixed
    }
}
