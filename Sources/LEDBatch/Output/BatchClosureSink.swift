/// A sink that hands each record to a closure, or — without one — collects the output text. Not
/// `Sendable`: the batch calls it from one thread at a time.
public final class BatchClosureSink: BatchRecordSink {
    private let body: ((BatchOutputRecord) throws(BatchError) -> Void)?
    /// The text of every record so far, when there is no closure.
    public private(set) var text = ""

    /// A sink calling `body` with each record (one call at a time, in output order).
    public init(_ body: @escaping (BatchOutputRecord) throws(BatchError) -> Void) {
        self.body = body
    }

    /// A sink collecting the records' text in ``text``.
    public init() {
        body = nil
    }

    /// Passes the record on (or collects it).
    public func write(_ record: BatchOutputRecord) throws(BatchError) {
        if let body { try body(record) } else { text += record.text }
    }

    /// Nothing to do.
    public func finish() throws(BatchError) {}
}
