import LEDSupport

extension BatchInput {
    /// An open input: fills buffers with `read(2)` (or from memory, or a closure) until its end, or until
    /// the batch is cancelled.
    ///
    /// A descriptor that is not a regular file (a pipe, a terminal, a socket) can keep `read(2)` waiting
    /// for as long as its writer likes, and Ctrl-C does not interrupt the call (the batch handles SIGINT
    /// on a dispatch source). So the source waits in `poll(2)` for at most ``pollMilliseconds`` at a time
    /// and looks at the cancellation in between: once the batch is cancelled, reading stops within that
    /// time and ``fill(_:)`` returns what it has.
    final class Stream {
        private let input: BatchInput
        private let cancellation: BatchDiagnoser.Cancellation?
        private var descriptor: Int32 = -1
        private var closesDescriptor = false
        private var memoryOffset = 0
        /// The input's size in bytes, when known (a regular file, or bytes in memory).
        private(set) var size: Int?

        /// The longest wait for input between two looks at the cancellation.
        static let pollMilliseconds: Int32 = 100

        /// Opens `input`; reading stops early once `cancellation` is cancelled.
        init(_ input: BatchInput, cancellation: BatchDiagnoser.Cancellation? = nil) throws(BatchError) {
            self.input = input
            self.cancellation = cancellation
            switch input.source {
            case .path(let path):
                let descriptor = open(path, O_RDONLY | O_CLOEXEC)
                guard descriptor >= 0 else {
                    throw BatchError.io("cannot open \(path): \(FileDescriptor.errorMessage())")
                }
                self.descriptor = descriptor
                closesDescriptor = true
                size = Self.regularFileSize(descriptor)
            case .descriptor(let descriptor):
                self.descriptor = descriptor
                size = Self.regularFileSize(descriptor)
            case .bytes(let bytes):
                size = bytes.count
            case .reader:
                size = nil
            }
        }

        deinit {
            if closesDescriptor { close(descriptor) }
        }

        /// Fills `buffer` as far as the input allows; returns the bytes read (fewer only at the end, or
        /// when the batch was cancelled: the caller tells the two apart by asking the cancellation).
        func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(BatchError) -> Int {
            var done = 0
            while done < buffer.count {
                let got = try readSome(UnsafeMutableRawBufferPointer(rebasing: buffer[done...]))
                if got == 0 { break }
                done += got
            }
            return done
        }

        /// Reads at least one byte, or returns 0 at the end of the input or once the batch is cancelled.
        private func readSome(_ buffer: UnsafeMutableRawBufferPointer) throws(BatchError) -> Int {
            if cancellation?.isCancelled == true { return 0 }
            switch input.source {
            case .path, .descriptor:
                while true {
                    if size == nil {
                        guard try waitForInput() else { return 0 }
                    }
                    let got = read(descriptor, buffer.baseAddress, buffer.count)
                    if got >= 0 { return got }
                    if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { continue }
                    throw BatchError.io("cannot read \(input.name): \(FileDescriptor.errorMessage())")
                }
            case .bytes(let bytes):
                let count = min(buffer.count, bytes.count - memoryOffset)
                guard count > 0 else { return 0 }
                bytes.withUnsafeBytes { raw in
                    buffer.copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: raw[memoryOffset..<(memoryOffset + count)]))
                }
                memoryOffset += count
                return count
            case .reader(let read):
                do {
                    let got = try read(buffer)
                    guard got >= 0, got <= buffer.count else {
                        throw BatchError.io("the reader of \(input.name) returned \(got) for \(buffer.count) bytes")
                    }
                    return got
                } catch let error as BatchError {
                    throw error
                } catch {
                    throw BatchError.io("cannot read \(input.name): \(error)")
                }
            }
        }

        /// Waits until the descriptor has something to read (data, its end, or an error `read(2)` will
        /// report), looking at the cancellation every ``pollMilliseconds``; false once cancelled.
        private func waitForInput() throws(BatchError) -> Bool {
            while true {
                if cancellation?.isCancelled == true { return false }
                var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&entry, 1, Self.pollMilliseconds)
                if ready > 0 { return true }
                if ready == 0 || errno == EINTR { continue }
                // poll(2) cannot watch this descriptor: let read(2) wait, or say what is wrong.
                return true
            }
        }

        /// The bytes of all `inputs`, when every size is known (regular files, bytes in memory).
        static func totalBytes(_ inputs: [BatchInput]) -> Int? {
            var total = 0
            for input in inputs {
                switch input.source {
                case .bytes(let bytes): total += bytes.count
                case .path(let path):
                    var info = stat()
                    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
                    total += Int(info.st_size)
                case .descriptor(let descriptor):
                    guard let size = regularFileSize(descriptor) else { return nil }
                    total += size
                case .reader:
                    return nil
                }
            }
            return total
        }

        private static func regularFileSize(_ descriptor: Int32) -> Int? {
            var info = stat()
            guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return Int(info.st_size)
        }
    }
}
