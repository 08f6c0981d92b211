public import LEDSupport

extension EventReport: JSONObjectWritable {
    /// Writes `step`, `token`, `colors`, `kind`, `count`, `speed`, `duration`, `seconds`, `on`,
    /// `off`, `flags` and `source` (`null` when unknown).
    public func writeMembers(to writer: inout JSONWriter) {
        writer.integer(step, key: "step")
        writer.string(token, key: "token")
        writer.array("colors", colors) { writer, color in writer.string(color.rawValue) }
        writer.string(kind.rawValue, key: "kind")
        writer.string(count, key: "count")
        writer.string(speed?.rawValue, key: "speed")
        writer.string(duration?.rawValue, key: "duration")
        writer.number(seconds, key: "seconds")
        writer.number(on, key: "on")
        writer.number(off, key: "off")
        writer.strings("flags", flags)
        writer.integersOrNull("source", source)
    }
}
