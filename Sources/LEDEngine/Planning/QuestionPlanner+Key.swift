import LEDCore

extension QuestionPlanner {
    /// What the question planner's choice depends on once the rules are matched: the observation's
    /// ``MatchOutcome`` (the device — which questions apply, device-specific fix steps —, the contexts it
    /// states, the answers given, its hits), and for each candidate answer its context (or question about
    /// the light) and the hits with that answer. Rules are catalog indices and scores bit patterns; the
    /// beliefs, plans and costs the planner weighs follow from these alone.
    struct Key: Hashable, Sendable {
        /// The observation's outcome, before any answer.
        var outcome: MatchOutcome
        /// Per answer: its context's bit, the number of its hits, and the hits — each hit as two words, its
        /// rule index and its score's bits.
        private(set) var words: [UInt64] = []
        /// `words` folded into one (``MatchOutcome/fold(_:_:)``): hashing feeds the hasher the outcome and
        /// this, not every word (equality still compares every word).
        private var fold = MatchOutcome.foldSeed

        /// The key of an observation whose match outcome is `outcome`, before any answer.
        init(_ outcome: MatchOutcome) {
            self.outcome = outcome
        }

        /// Hashes the outcome and the answers' fold.
        func hash(into hasher: inout Hasher) {
            hasher.combine(outcome)
            hasher.combine(fold)
        }

        /// Adds the hypothetical answer "yes, `context`", whose rules hit `hits`.
        mutating func append(answer context: ObservationContext, hits: [RuleHit]) {
            append(word: RuleTable.contextBit(context))
            append(hits)
        }

        /// Adds one answer to the question about the light at `question` (an index into the catalog's),
        /// whose rules hit `hits`. A zero word marks it: a context's bit is never zero.
        mutating func append(light question: Int, hits: [RuleHit]) {
            append(word: 0)
            append(word: UInt64(truncatingIfNeeded: question))
            append(hits)
        }

        private mutating func append(_ hits: [RuleHit]) {
            append(word: UInt64(hits.count))
            for hit in hits {
                append(word: UInt64(truncatingIfNeeded: hit.rule))
                append(word: hit.score.bitPattern)
            }
        }

        private mutating func append(word: UInt64) {
            words.append(word)
            fold = MatchOutcome.fold(fold, word)
        }
    }
}
