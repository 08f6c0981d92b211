extension BatchDiagnoser {
    /// What a format reader found on one line, before the values are checked: where each field's bytes
    /// are in the chunk buffer (quoted and escaped values already decoded in place).
    struct Fields {
        /// The timestamp as written; absent for a typed observation without one.
        var time = ByteSpan.none
        /// The logged device name.
        var device = ByteSpan.none
        /// The logged model name, when the line names one.
        var model = ByteSpan.none
        /// The LED colour word.
        var color = ByteSpan.none
        /// `on` or `off`.
        var state = ByteSpan.none
        /// A JSON boolean state (`true` is on), when the state was written as one.
        var stateFlag: Bool?
        /// The free text of a typed observation.
        var text = ByteSpan.none

        /// Whether the line is a typed observation (it has free text) rather than a transition.
        @inline(__always)
        var isObservation: Bool { text.isPresent }

        @inline(__always)
        mutating func reset() { self = Fields() }
    }
}
