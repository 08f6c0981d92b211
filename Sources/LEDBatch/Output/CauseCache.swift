import LEDEngine
import LEDSupport

extension BatchRecordRenderer {
    /// The JSON of the cause objects' parts a shard has written: each cause's own members by cause id
    /// (``RankedCause/Pieces``), each evidence object's rule parts by rule id (``Evidence/RulePieces``).
    ///
    /// With a large catalog a record lists many causes and tens of pieces of evidence (about 15 and 66 with
    /// 10,000 rules), each with its cause's title and expectation, or its rule's explanation, sources, score
    /// and factors: the same bytes every time. They are rendered the first time and spliced afterwards;
    /// only a cause's confidence and an evidence object's span and groups are written for each episode. An
    /// entry is used only when the parts equal those it was rendered from (`fits`, at once when they share
    /// storage), and an evidence tail only for the same score and factors (their bits), so the bytes are
    /// always those of writing the cause afresh. The cache starts afresh when full.
    struct CauseCache {
        private var causes: [String: RankedCause.Pieces] = [:]
        private var rules: [String: Evidence.RulePieces] = [:]
        private let capacity: Int

        /// An empty cache for up to `capacity` causes and as many rules.
        init(capacity: Int = 16_384) {
            self.capacity = capacity
        }

        /// Writes `cause` as one object, as `writer.object(cause)` does.
        mutating func write(_ cause: RankedCause, to writer: inout JSONWriter) {
            let pieces: RankedCause.Pieces
            if let known = causes[cause.id], known.fits(cause) {
                pieces = known
            } else {
                if causes.count >= capacity { causes.removeAll(keepingCapacity: true) }
                pieces = RankedCause.Pieces(cause)
                causes[cause.id] = pieces
            }
            pieces.write(cause, to: &writer) { writer, evidence in write(evidence, to: &writer) }
        }

        /// Writes `evidence` as one object, as `writer.object(evidence)` does.
        mutating func write(_ evidence: Evidence, to writer: inout JSONWriter) {
            if let index = rules.index(forKey: evidence.rule), rules.values[index].fits(evidence) {
                rules.values[index].write(evidence, to: &writer)
                return
            }
            if rules.count >= capacity { rules.removeAll(keepingCapacity: true) }
            var pieces = Evidence.RulePieces(evidence)
            pieces.write(evidence, to: &writer)
            rules[evidence.rule] = pieces
        }
    }
}
