extension BatchDiagnoser {
    /// A rendered record waiting for its turn in the output: ordered by `key` (input, then the first
    /// line), so that the output does not depend on which worker finished first.
    struct PendingRecord: Sendable {
        /// Where the record goes.
        var key: RecordKey
        /// The rendered record, newline included, as UTF-8 (exactly sized: records may wait a while).
        var bytes: [UInt8]
        /// Whether it is an error record (which `--errors FILE` sends elsewhere).
        var isError: Bool
        /// For an error record: the message, for ``BatchOptions/strict``.
        var message: String? = nil

        /// A record of `text`.
        init(key: RecordKey, text: String, isError: Bool, message: String? = nil) {
            self.init(key: key, bytes: Array(text.utf8), isError: isError, message: message)
        }

        /// A record of `bytes`.
        init(key: RecordKey, bytes: [UInt8], isError: Bool, message: String? = nil) {
            self.key = key
            self.bytes = bytes
            self.isError = isError
            self.message = message
        }
    }
}
