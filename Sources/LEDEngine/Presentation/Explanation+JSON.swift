public import LEDSupport

extension Explanation {
    /// The explanation as one JSON object (`leddiag explain --format json`), keys in a fixed order:
    /// `observation`, `canonical`, `readings` (`start`/`end` characters, `text`, `role`, `meaning`),
    /// `matched` (`rule`, `cause`, `span`, `score`, `factors`), `close` (`rule`, `cause`, `reason`,
    /// `detail`, `span` or `reached`), `confidence` (`cause`, `scores`, `support`, `scaledBy`,
    /// `confidence`) and the whole `diagnosis` (`docs/json-output.md`). `extra` writes further members
    /// (`explain --video`'s `"video"`) at the end.
    public func json(extra: (inout JSONWriter) -> Void = { _ in }) -> String {
        var writer = JSONWriter()
        writer.object { writer in
            writer.string(input, key: "observation")
            writer.string(canonical, key: "canonical")
            writer.objects("readings", readings) { writer, reading in
                writer.integer(reading.start, key: "start")
                writer.integer(reading.end, key: "end")
                writer.string(reading.text, key: "text")
                writer.string(reading.role.rawValue, key: "role")
                writer.string(reading.meaning, key: "meaning")
            }
            writer.objects("matched", matches) { writer, match in
                writer.string(match.rule, key: "rule")
                writer.string(match.cause, key: "cause")
                writer.integers("span", [match.span.lowerBound, match.span.upperBound])
                writer.number(match.evidence.score, key: "score")
                writer.object("factors") { writer in
                    for factor in match.factors { writer.number(factor.value, key: factor.name) }
                }
            }
            let length = canonical.utf8.count
            writer.objects("close", nearMisses) { writer, miss in
                writer.string(miss.rule, key: "rule")
                writer.string(miss.cause, key: "cause")
                writer.string(miss.reasonName, key: "reason")
                writer.string(miss.detail(canonicalLength: length), key: "detail")
                if case .partial(let reached) = miss.reason {
                    writer.integer(reached, key: "reached")
                } else if let span = miss.span {
                    writer.integers("span", [span.lowerBound, span.upperBound])
                }
            }
            writer.objects("confidence", arithmetic) { writer, entry in
                writer.string(entry.cause, key: "cause")
                writer.objects("scores", entry.scores) { writer, score in
                    writer.string(score.rule, key: "rule")
                    writer.number(score.score, key: "score")
                }
                writer.number(Self.rounded(entry.support), key: "support")
                writer.number(entry.scaledBy.map(Self.rounded), key: "scaledBy")
                writer.number(entry.confidence, key: "confidence")
            }
            writer.object(diagnosis, key: "diagnosis")
            extra(&writer)
        }
        return writer.text
    }

    /// Four decimals, as diagnoses write their numbers.
    private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
