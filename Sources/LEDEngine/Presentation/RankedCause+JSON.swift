public import LEDSupport

extension RankedCause: JSONObjectWritable {
    /// Writes a diagnosis's cause: `id`, `title`, `severity`, `confidence`, `expect`, `evidence`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.string(id, key: "id")
        writer.string(title, key: "title")
        writer.string(severity.rawValue, key: "severity")
        writer.number(confidence, key: "confidence")
        writer.string(expect, key: "expect")
        writer.objects("evidence", evidence)
    }
}

extension Evidence: JSONObjectWritable {
    /// Writes `rule`, `span`, `groups` (by name, sorted), `explanation`, `sources`, `score` and `factors`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.string(rule, key: "rule")
        writer.integers("span", span)
        writer.members("groups", sorted: groups) { writer, name, value in writer.string(value, key: name) }
        writer.string(explanation, key: "explanation")
        writer.objects("sources", sources)
        writer.number(score, key: "score")
        writer.object(factors, key: "factors")
    }
}

extension SourceReference: JSONObjectWritable {
    /// Writes `ref` and `tier`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.string(ref, key: "ref")
        writer.string(tier.rawValue, key: "tier")
    }
}

extension ScoreFactors: JSONObjectWritable {
    /// Writes the factors in the order of ``ScoreFactors/names`` (alphabetical), without looking each
    /// one up by name.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.number(context, key: "context")
        writer.number(device, key: "device")
        writer.number(specificity, key: "specificity")
        writer.number(status, key: "status")
        writer.number(tier, key: "tier")
        writer.number(weight, key: "weight")
    }
}
