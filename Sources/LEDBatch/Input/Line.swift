extension BatchDiagnoser {
    /// One usable line of a log, as the chunk parser leaves it for the shard that owns its device:
    /// decoded values plus where the texts are in the chunk buffer. 48 bytes, no references.
    struct Line {
        /// Seconds (ISO times: since 1970); NaN when a typed observation has no time.
        var time: Double
        /// The hash of the device name's bytes (``NameHash``).
        var hash: UInt64
        /// The 0-based index of the line within its chunk.
        var lineIndex: Int32
        /// Offset of the device name in the chunk buffer.
        var nameStart: Int32
        /// Offset of the model name; meaningful when `modelCount > 0`.
        var modelStart: Int32
        /// Offset of the timestamp as written.
        var timeStart: Int32
        /// Offset of a typed observation's text.
        var textStart: Int32
        /// Length of a typed observation's text (0 for a transition).
        var textCount: Int32
        /// Length of the device name.
        var nameCount: UInt16
        /// Length of the model name; 0 when the line names none.
        var modelCount: UInt16
        /// Length of the timestamp as written; 0 when absent.
        var timeCount: UInt8
        /// The LED colour's index in `ColorWord.colors`.
        var color: UInt8
        /// Whether the LED went on.
        var isOn: Bool
        /// Whether this is a typed observation rather than a transition.
        var isObservation: Bool

        /// A placeholder to be filled.
        static let empty = Line(
            time: 0, hash: 0, lineIndex: 0, nameStart: 0, modelStart: 0, timeStart: 0, textStart: 0, textCount: 0,
            nameCount: 0,
            modelCount: 0, timeCount: 0, color: 0, isOn: false, isObservation: false)
    }
}
