import LEDEngine
import LEDSupport

extension BatchRecordRenderer {
    /// The JSON of the evidence objects' rule parts a shard has written, by rule id
    /// (``Evidence/RulePieces``).
    ///
    /// With a large catalog a record lists tens of pieces of evidence (about 66 with 10,000 rules), each
    /// with its rule's explanation, sources, score and factors: the same bytes every time the rule hits
    /// with the same score. They are rendered the first time and spliced afterwards; only the span and
    /// the groups are written for each episode. An entry is used only when the evidence's rule id,
    /// explanation and sources equal those it was rendered from (`RulePieces.fits`, at once when they
    /// share storage), and its tail only for the same score and factors (their bits), so the bytes are
    /// always those of writing the evidence afresh. The cache starts afresh when full.
    struct EvidenceCache {
        private var entries: [String: Evidence.RulePieces] = [:]
        private let capacity: Int

        /// An empty cache for up to `capacity` rules.
        init(capacity: Int = 16_384) {
            self.capacity = capacity
        }

        /// Writes `evidence` as one object, as `writer.object(evidence)` does.
        mutating func write(_ evidence: Evidence, to writer: inout JSONWriter) {
            if let index = entries.index(forKey: evidence.rule), entries.values[index].fits(evidence) {
                entries.values[index].write(evidence, to: &writer)
                return
            }
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            var pieces = Evidence.RulePieces(evidence)
            pieces.write(evidence, to: &writer)
            entries[evidence.rule] = pieces
        }
    }
}
