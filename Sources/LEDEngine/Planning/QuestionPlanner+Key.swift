import LEDCore

extension QuestionPlanner {
    /// What the question planner's choice depends on once the rules are matched: the observation's
    /// ``MatchOutcome`` (the device — which questions apply, device-specific fix steps —, the contexts it
    /// states, the answers given, its hits), and for each candidate answer its context (or question about
    /// the light) and what its hits need beyond these: for a situation answer, the hits of the rules that
    /// may read the header, and once, the rules the stated contexts filter out that match the string
    /// (``StatedHits``, from which with the outcome's hits every "yes" answer's hits follow); for an answer
    /// about the light, its hits. Rules are catalog indices and scores bit patterns; the hits, beliefs,
    /// plans and costs the planner weighs follow from these alone.
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

        /// Adds the hypothetical answer "yes, `context`", whose hits are the observation's own (no rule
        /// requires or excludes the context) or follow from its own and the ``StatedHits`` added before with
        /// ``append(filteredOut:)``: `readers`, the hits of the rules that may read the header on its
        /// string (``Diagnoser/headerReaderHits(stating:_:canonical:layout:from:scratch:)``; without the
        /// prefilter, every hit). Which of the two a context is, the catalog decides.
        mutating func append(answer context: ObservationContext, readers: [RuleHit]) {
            append(word: RuleTable.contextBit(context))
            append(readers)
        }

        /// Adds the observation's ``StatedHits/filteredOut`` hits: the header-blind rules one more context
        /// could let through whose patterns match its string. `UInt64.max` marks them: a context's bit is
        /// never that.
        mutating func append(filteredOut hits: [RuleHit]) {
            append(word: .max)
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
