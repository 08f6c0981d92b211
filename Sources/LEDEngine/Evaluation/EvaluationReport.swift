/// What an ``Evaluation`` measured: top-1 and top-3 accuracy, the facts read right, per-cause
/// precision and recall, the confusions, per-tag counts, and the rows it got wrong.
public struct EvaluationReport: Sendable, Hashable {
    /// Every row's outcome, in input order.
    public let results: [EvaluatedObservation]
    /// Rows whose top cause is right (no cause at all when none is expected).
    public let top1: Int
    /// Rows with a right cause among the first three (as top-1 when none is expected).
    public let top3: Int
    /// Rows that state facts.
    public let factsRows: Int
    /// Of those, rows whose facts were read right.
    public let facts: Int
    /// Per cause id (and `-` for "no diagnosis"): support, precision and recall.
    public let causes: [String: CauseAccuracy]
    /// Per tag, for the rows that have one.
    public let tags: [String: TagAccuracy]
    /// (expected → got) for the rows wrong on top-1, most frequent first.
    public let confusion: [ConfusionPair]
    /// Problems with the labels themselves, such as expected causes the catalog does not have.
    public let warnings: [String]

    /// Adds up `results`. With `knownCauses`, expected causes outside it are reported in `warnings`.
    public init(results: [EvaluatedObservation], knownCauses: Set<String>? = nil) {
        self.results = results
        var top1 = 0
        var top3 = 0
        var factsRows = 0
        var facts = 0
        var causes: [String: CauseAccuracy] = [:]
        var tags: [String: TagAccuracy] = [:]
        var pairs: [ConfusionPair] = []
        var pairIndex: [String: Int] = [:]
        for result in results {
            let right = result.top1Correct
            if right { top1 += 1 }
            if result.top3Correct { top3 += 1 }
            if let factsRight = result.factsCorrect {
                factsRows += 1
                if factsRight { facts += 1 }
            }
            let expected = result.labelled.expectedCauses.isEmpty ? ["-"] : result.labelled.expectedCauses
            for id in expected {
                causes[id, default: CauseAccuracy()].support += 1
                if right { causes[id, default: CauseAccuracy()].recalled += 1 }
            }
            causes[result.topCause, default: CauseAccuracy()].predicted += 1
            if right { causes[result.topCause, default: CauseAccuracy()].correctlyPredicted += 1 }
            if let tag = result.labelled.tag {
                tags[tag, default: TagAccuracy()].rows += 1
                if right { tags[tag, default: TagAccuracy()].top1 += 1 }
                if let factsRight = result.factsCorrect {
                    tags[tag, default: TagAccuracy()].factsRows += 1
                    if factsRight { tags[tag, default: TagAccuracy()].facts += 1 }
                }
            }
            if !right {
                let key = result.labelled.expectedLabel + "\u{0}" + result.topCause
                if let index = pairIndex[key] {
                    pairs[index].count += 1
                } else {
                    pairIndex[key] = pairs.count
                    pairs.append(ConfusionPair(expected: result.labelled.expectedLabel, got: result.topCause, count: 1))
                }
            }
        }
        self.top1 = top1
        self.top3 = top3
        self.factsRows = factsRows
        self.facts = facts
        self.causes = causes
        self.tags = tags
        self.confusion = pairs.sorted { ($1.count, $0.expected, $0.got) < ($0.count, $1.expected, $1.got) }
        var warnings: [String] = []
        if let knownCauses {
            var seen: Set<String> = []
            for result in results {
                for id in result.labelled.expectedCauses where !knownCauses.contains(id) && seen.insert(id).inserted {
                    let rows = results.filter { $0.labelled.expectedCauses.contains(id) }.count
                    warnings.append(
                        "\(result.labelled.location): warning: expected cause \"\(id)\" is not in the catalog"
                            + (rows > 1 ? " (\(rows) rows name it)" : ""))
                }
            }
        }
        self.warnings = warnings
    }

    /// The number of rows.
    public var rows: Int { results.count }

    /// The rows wrong on top-1 or on their facts, in input order.
    public var misses: [EvaluatedObservation] { results.filter(\.isMiss) }

    /// Top-1 accuracy in percent; nil without rows.
    public var top1Percent: Double? { Self.percent(top1, of: rows) }

    /// Top-3 accuracy in percent; nil without rows.
    public var top3Percent: Double? { Self.percent(top3, of: rows) }

    /// Facts read right in percent of the rows that state facts; nil when none does.
    public var factsPercent: Double? { Self.percent(facts, of: factsRows) }

    /// `part` of `whole` in percent; nil when `whole` is 0.
    static func percent(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) * 100 / Double(whole)
    }
}
