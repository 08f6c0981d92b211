extension BatchDiagnoser {
    /// The pipeline's output side, held in its `out` ``Lock``: the reorder buffer and the sinks it
    /// writes to, in output order.
    struct OrderedOutput {
        let reorder: ReorderBuffer
        let output: any BatchRecordSink
        let errors: (any BatchRecordSink)?
        /// Writing failed (or the output was closed): nothing more is written.
        var stopped = false

        /// Writes one record to its sink.
        func emit(_ record: PendingRecord) throws(BatchError) {
            let kind: BatchOutputRecord.Kind = record.isError ? .error : .episode
            let out = BatchOutputRecord(
                kind: kind, fileIndex: record.key.file, line: record.key.line, bytes: record.bytes)
            if record.isError, let errors {
                try errors.write(out)
            } else {
                try output.write(out)
            }
        }
    }
}
