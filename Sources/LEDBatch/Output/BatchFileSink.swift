import LEDSupport

/// Writes records to a file descriptor (standard output, a file) through a 1 MiB buffer with
/// `write(2)`. A closed pipe (`EPIPE`) becomes ``BatchError/outputClosed``; ignore `SIGPIPE` in the
/// process to get it instead of being killed. Not `Sendable`: the batch calls it from one thread at a time.
public final class BatchFileSink: BatchRecordSink {
    private let descriptor: Int32
    private let closesDescriptor: Bool
    /// What a write error names: the file's path, or "the output".
    private let name: String
    private var buffer = BatchDiagnoser.Storage<UInt8>(capacity: 1 << 20)
    private var capacity: Int { buffer.capacity }
    private var failed: BatchError?
    /// Whether each record is written out at once rather than buffered (following a log: `--follow`).
    public var flushesEachRecord = false

    /// A sink writing to `descriptor`; it is closed at the end when `closing` is true. A write error
    /// names it `name`.
    public init(descriptor: Int32, closing: Bool = false, name: String = "the output") {
        self.descriptor = descriptor
        self.closesDescriptor = closing
        self.name = name
    }

    /// A sink creating (or truncating) the file at `path`.
    public convenience init(path: String) throws(BatchError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw BatchError.io("cannot write \(path): \(FileDescriptor.errorMessage())") }
        self.init(descriptor: descriptor, closing: true, name: path)
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    /// Buffers the record's text.
    public func write(_ record: BatchOutputRecord) throws(BatchError) {
        let failure: BatchError? = record.bytes.withUnsafeBufferPointer { bytes in
            do throws(BatchError) {
                try append(bytes)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
        if flushesEachRecord { try flush() }
    }

    /// Writes out what is buffered.
    public func finish() throws(BatchError) {
        try flush()
    }

    private func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(BatchError) {
        guard let source = bytes.baseAddress else { return }
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count > capacity {
            try writeAll(source, bytes.count)
            return
        }
        buffer.append(source, count: bytes.count)
    }

    private func flush() throws(BatchError) {
        guard buffer.count > 0 else { return }
        defer { buffer.removeAll() }
        try writeAll(buffer.base, buffer.count)
    }

    private func writeAll(_ start: UnsafePointer<UInt8>, _ total: Int) throws(BatchError) {
        if let failed { throw failed }
        // What is written at once is whole records: the gate lets an exit wait for the end of it.
        _ = Self.gate.wait { (gate: inout Gate) -> Bool? in
            guard !gate.exiting else { return nil }
            gate.writing += 1
            return true
        }
        defer { Self.gate.update { $0.writing -= 1 } }
        var done = 0
        while done < total {
            let written = systemWrite(descriptor, start + done, total - done)
            if written < 0 {
                if errno == EINTR { continue }
                let error: BatchError =
                    errno == EPIPE ? .outputClosed : .io("cannot write \(name): \(FileDescriptor.errorMessage())")
                failed = error
                throw error
            }
            done += written
        }
    }
}

extension BatchFileSink {
    /// Whether a sink is in the middle of writing its buffer, and whether the process is about to exit.
    private struct Gate {
        var writing = 0
        var exiting = false
    }

    /// The process's one gate between sinks' writes and ``exitBetweenRecords(status:patience:)``.
    private static let gate = Mutex(Gate())

    /// Ends the process with `status` (`_exit`, nothing flushed) once no sink is in the middle of a write,
    /// so that no output ends inside a record; no sink starts another write meanwhile. Waits at most
    /// `patience` seconds for a write to end (a reader that stopped reading could hold it forever), then
    /// exits all the same. For a second Ctrl-C, which must stop the batch at once.
    public static func exitBetweenRecords(status: Int32, patience: Double = 2) -> Never {
        gate.withLock { $0.exiting = true }
        let deadline = MonotonicClock.now() + patience
        while gate.withLock({ $0.writing > 0 }), MonotonicClock.now() < deadline { usleep(5_000) }
        _exit(status)
    }
}

/// `write(2)` (named apart from the sink's own `write`).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
