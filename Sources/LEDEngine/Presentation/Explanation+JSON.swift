import LEDSupport

extension Explanation {
    /// The explanation as one JSON object (`leddiag explain --format json`), keys in a fixed order:
    /// `observation`, `canonical`, `readings` (`start`/`end` characters, `text`, `role`, `meaning`),
    /// `matched` (`rule`, `cause`, `span`, `score`, `factors`), `close` (`rule`, `cause`, `reason`,
    /// `detail`, `span` or `reached`), `confidence` (`cause`, `scores`, `support`, `scaledBy`,
    /// `confidence`) and the whole `diagnosis` (`docs/json-output.md`).
    public func json() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.string(input, key: "observation")
        writer.string(canonical, key: "canonical")
        writer.beginArray("readings")
        for reading in readings {
            writer.beginObject()
            writer.integer(reading.start, key: "start")
            writer.integer(reading.end, key: "end")
            writer.string(reading.text, key: "text")
            writer.string(reading.role.rawValue, key: "role")
            writer.string(reading.meaning, key: "meaning")
            writer.endObject()
        }
        writer.endArray()
        writer.beginArray("matched")
        for match in matches {
            writer.beginObject()
            writer.string(match.rule, key: "rule")
            writer.string(match.cause, key: "cause")
            writer.beginArray("span")
            writer.integer(match.span.lowerBound)
            writer.integer(match.span.upperBound)
            writer.endArray()
            writer.number(match.evidence.score, key: "score")
            writer.beginObject("factors")
            for factor in match.factors { writer.number(factor.value, key: factor.name) }
            writer.endObject()
            writer.endObject()
        }
        writer.endArray()
        writer.beginArray("close")
        let length = canonical.utf8.count
        for miss in nearMisses {
            writer.beginObject()
            writer.string(miss.rule, key: "rule")
            writer.string(miss.cause, key: "cause")
            writer.string(miss.reasonName, key: "reason")
            writer.string(miss.detail(canonicalLength: length), key: "detail")
            if case .partial(let reached) = miss.reason {
                writer.integer(reached, key: "reached")
            } else if let span = miss.span {
                writer.beginArray("span")
                writer.integer(span.lowerBound)
                writer.integer(span.upperBound)
                writer.endArray()
            }
            writer.endObject()
        }
        writer.endArray()
        writer.beginArray("confidence")
        for entry in arithmetic {
            writer.beginObject()
            writer.string(entry.cause, key: "cause")
            writer.beginArray("scores")
            for score in entry.scores {
                writer.beginObject()
                writer.string(score.rule, key: "rule")
                writer.number(score.score, key: "score")
                writer.endObject()
            }
            writer.endArray()
            writer.number((entry.support * 10_000).rounded() / 10_000, key: "support")
            writer.number(entry.scaledBy.map { ($0 * 10_000).rounded() / 10_000 }, key: "scaledBy")
            writer.number(entry.confidence, key: "confidence")
            writer.endObject()
        }
        writer.endArray()
        writer.raw(diagnosis.json(), key: "diagnosis")
        writer.endObject()
        return writer.text
    }
}
