/// One piece of a batch's output, as a ``BatchRecordSink`` receives it, in output order.
public struct BatchOutputRecord: Sendable {
    /// What the record is.
    public enum Kind: Sendable, Hashable {
        /// What comes before the records (the CSV header).
        case header
        /// A diagnosed episode (or typed observation).
        case episode
        /// A line that could not be read.
        case error
        /// A device's roll-up (``BatchOptions/byDevice``), after every episode record.
        case device
    }

    /// What the record is.
    public var kind: Kind
    /// The input it came from (index into the run's inputs); -1 for the header.
    public var fileIndex: Int
    /// Its first line in that input (1-based); 0 for the header.
    public var line: Int
    /// The rendered record as UTF-8, ending in a newline.
    public var bytes: [UInt8]

    /// A record.
    public init(kind: Kind, fileIndex: Int, line: Int, bytes: [UInt8]) {
        self.kind = kind
        self.fileIndex = fileIndex
        self.line = line
        self.bytes = bytes
    }

    /// The rendered record as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Where a batch's records go. Calls come one at a time, in output order, from whichever worker
/// thread holds the output's turn — a sink needs no locking of its own.
public protocol BatchRecordSink: AnyObject {
    /// Takes one record. Throwing ``BatchError/outputClosed`` stops the batch quietly.
    func write(_ record: BatchOutputRecord) throws(BatchError)
    /// Called once at the end (or when the batch stops): write out anything buffered.
    func finish() throws(BatchError)
}
