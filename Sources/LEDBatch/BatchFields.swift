/// What a format reader found on one line, before the values are checked: where each field's bytes
/// are in the chunk buffer (quoted and escaped values already decoded in place).
struct BatchFields {
    /// The timestamp as written; absent for a typed observation without one.
    var time = BatchSpan.none
    /// Whether `time` is a JSON number (which may have an exponent, `1.7e9`).
    var timeIsNumber = false
    /// The logged device name.
    var device = BatchSpan.none
    /// The logged model name, when the line names one.
    var model = BatchSpan.none
    /// The LED colour word.
    var color = BatchSpan.none
    /// `on` or `off`.
    var state = BatchSpan.none
    /// A JSON boolean state (`true` is on), when the state was written as one.
    var stateFlag: Bool?
    /// The free text of a typed observation.
    var text = BatchSpan.none

    @inline(__always)
    mutating func reset() { self = BatchFields() }
}
