extension BatchDiagnoser {
    /// Where a record goes in the output: by input (its index among the run's inputs), then by line
    /// (1-based). Kept packed in one word — input in the top 24 bits, line in the low 40 — so that the
    /// reorder heap compares one integer and the spill file stores 8 bytes; only this type packs or
    /// unpacks it.
    struct RecordKey: Comparable, Hashable, Sendable {
        /// The packed key, as the spill file stores it.
        let packed: UInt64

        /// The key of line `line` of input `file`.
        @inline(__always)
        init(file: Int, line: Int) {
            packed = UInt64(file) << 40 | UInt64(line)
        }

        /// A key read back from its packed form.
        init(packed: UInt64) {
            self.packed = packed
        }

        /// The input's index.
        var file: Int { Int(packed >> 40) }
        /// The line (1-based; 0 before the first line).
        var line: Int { Int(packed & 0xFF_FFFF_FFFF) }

        /// Past every record.
        static let max = RecordKey(packed: .max)
        /// Before every record.
        static let min = RecordKey(packed: 0)

        @inline(__always)
        static func < (a: RecordKey, b: RecordKey) -> Bool {
            a.packed < b.packed
        }
    }
}
