extension CanonicalWriter {
    /// The canonical text of one step (events joined by `&`).
    static func string(forStep step: EventStep) -> String {
        var out = ""
        write(step, into: &out)
        return out
    }
}
