extension CanonicalWriter {
    /// The canonical text of one step (events joined by `&`).
    package static func string(forStep step: EventStep) -> String {
        var out: [UInt8] = []
        write(step, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
