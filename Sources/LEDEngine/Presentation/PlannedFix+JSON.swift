public import LEDSupport

extension PlannedFix: JSONObjectWritable {
    /// Writes `id`, `title`, `steps`, `minutes`, `destructive`, `for` (cause ids) and `probability`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.string(id, key: "id")
        writer.string(title, key: "title")
        writer.strings("steps", steps)
        writer.number(minutes, key: "minutes")
        writer.bool(destructive, key: "destructive")
        writer.strings("for", causes)
        writer.number(probability, key: "probability")
    }
}
