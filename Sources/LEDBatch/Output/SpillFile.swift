import LEDSupport

extension BatchDiagnoser.ReorderBuffer {
    /// A temporary file (in `$TMPDIR`, else `/tmp`; unlinked at once, so it goes away with the process)
    /// holding sorted runs of records the reorder buffer could not keep in memory.
    final class SpillFile {
        private let descriptor: Int32
        /// Bytes written so far (where the next run starts).
        private(set) var size = 0

        /// Creates the file, or throws when the temporary folder is not writable.
        init() throws(BatchError) {
            let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            var template = Array((folder + "/leddiag-batch-XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
                guard let base = buffer.baseAddress else { return -1 }
                return mkstemp(base)
            }
            guard descriptor >= 0 else {
                throw BatchError.io("cannot create a temporary file in \(folder): \(FileDescriptor.errorMessage())")
            }
            template.withUnsafeBufferPointer { buffer in
                if let base = buffer.baseAddress { _ = unlink(base) }
            }
            self.descriptor = descriptor
        }

        deinit {
            close(descriptor)
        }

        /// Appends `records` (sorted by key) as one run and returns it.
        func writeRun(
            _ records: [BatchDiagnoser.PendingRecord]
        ) throws(BatchError) -> BatchDiagnoser.ReorderBuffer.SpillRun {
            let start = size
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 20)
            for record in records {
                withUnsafeBytes(of: record.key.packed.littleEndian) { buffer.append(contentsOf: $0) }
                let count = UInt32(record.bytes.count)
                withUnsafeBytes(of: count.littleEndian) { buffer.append(contentsOf: $0) }
                buffer.append(record.isError ? 1 : 0)
                buffer.append(contentsOf: record.bytes)
                if buffer.count >= 1 << 20 {
                    try write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try write(buffer)
            return BatchDiagnoser.ReorderBuffer.SpillRun(file: self, start: start, end: size)
        }

        /// Forgets every run (when all have been read), so the file's space is reused.
        func reset() {
            size = 0
            _ = ftruncate(descriptor, 0)
        }

        private func write(_ bytes: [UInt8]) throws(BatchError) {
            var done = 0
            while done < bytes.count {
                let written = bytes.withUnsafeBytes { raw in
                    pwrite(descriptor, raw.baseAddress.map { $0 + done }, raw.count - done, off_t(size))
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw BatchError.io("cannot write the temporary file: \(FileDescriptor.errorMessage())")
                }
                done += written
                size += written
            }
        }

        /// Reads `count` bytes at `offset` into `buffer`.
        func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(BatchError) -> Int {
            var done = 0
            while done < buffer.count {
                let got = pread(
                    descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(offset + done))
                if got < 0 {
                    if errno == EINTR { continue }
                    throw BatchError.io("cannot read the temporary file: \(FileDescriptor.errorMessage())")
                }
                if got == 0 { break }
                done += got
            }
            return done
        }
    }
}
