import LEDSupport

extension BatchDiagnoser {
    /// The one input of a followed batch (``BatchFollow``): reads what is there now, and when nothing is,
    /// tells whether the file was truncated or its path now names another file (then opens that one).
    ///
    /// A regular file is read to its current end (`read(2)` returns 0 there at once); the reader then
    /// waits ``BatchFollow/pollInterval`` and looks again. A pipe or terminal is waited on in `poll(2)` for
    /// at most that long, and ends when its writer closes it. The file's identity (``FileIdentity``: device
    /// and inode) tells a replaced file from a grown one; its size against what was read tells truncation.
    final class FollowedInput {
        /// What happened to a file with nothing new.
        enum Change: Equatable {
            /// It is shorter than what was read: it is read again from its start.
            case truncated
            /// Its path names another file now (rotation): that file is open, to be read from its start.
            case replaced
            /// Its path names no file any more: waiting for one (said once until it comes back).
            case gone
        }

        /// The input's name, for messages.
        let name: String
        /// The path, to look for rotation; `nil` for a descriptor.
        private let path: String?
        private var descriptor: Int32
        private var closesDescriptor: Bool
        /// The open file's identity; `nil` when it is not a regular file (a pipe, a terminal).
        private var identity: FileIdentity?
        /// Bytes read from the open file since it was opened (or found truncated).
        private var offset = 0
        private var isGone = false
        /// The first bytes of the open file, until there are enough to tell a compressed one.
        private var head: [UInt8] = []
        private let waitMilliseconds: Int32
        /// Whether a pipe's writer has closed it: nothing more will come.
        private(set) var ended = false

        /// Whether the open input is a regular file (which never makes a read wait).
        var isRegularFile: Bool { identity != nil }

        /// Opens `input` (a path or a descriptor); a pipe is waited on at most `pollInterval` seconds a read.
        init(_ input: BatchInput, pollInterval: Double) throws(BatchError) {
            name = input.name
            waitMilliseconds = Int32(max(1, min(1_000, (pollInterval * 1_000).rounded())))
            switch input.source {
            case .path(let path):
                let descriptor = open(path, O_RDONLY | O_CLOEXEC)
                guard descriptor >= 0 else {
                    throw BatchError.io("cannot open \(path): \(FileDescriptor.errorMessage())")
                }
                self.path = path
                self.descriptor = descriptor
                closesDescriptor = true
            case .descriptor(let descriptor):
                path = nil
                self.descriptor = descriptor
                closesDescriptor = false
            case .bytes, .reader:
                throw BatchError.usage("only a file or a descriptor can be followed, not \(input.name)")
            }
            identity = FileIdentity(descriptor: descriptor)
        }

        deinit {
            if closesDescriptor { close(descriptor) }
        }

        /// Reads what the input has now into `buffer`; 0 when it has nothing new (yet), or at a pipe's end
        /// (then ``ended`` is set).
        func readAvailable(_ buffer: UnsafeMutableRawBufferPointer) throws(BatchError) -> Int {
            guard !ended, buffer.count > 0 else { return 0 }
            if identity == nil {
                var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&entry, 1, waitMilliseconds)
                if ready == 0 || (ready < 0 && errno == EINTR) { return 0 }
                // Readable, at its end, or poll(2) cannot watch it: read(2) tells.
            }
            while true {
                let got = read(descriptor, buffer.baseAddress, buffer.count)
                if got > 0 {
                    offset += got
                    if head.count < Compression.magicLength, let bytes = buffer.baseAddress {
                        try refuseCompressed(UnsafeRawBufferPointer(start: bytes, count: got))
                    }
                    return got
                }
                if got == 0 {
                    if identity == nil { ended = true }
                    return 0
                }
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { return 0 }
                throw BatchError.io("cannot read \(name): \(FileDescriptor.errorMessage())")
            }
        }

        /// Collects the file's first bytes and refuses a gzip or zstd stream: a compressed file is written
        /// whole, not line by line, so following it would read garbage (a batch without `--follow` reads it).
        private func refuseCompressed(_ bytes: UnsafeRawBufferPointer) throws(BatchError) {
            head.append(contentsOf: bytes.prefix(Compression.magicLength - head.count))
            guard let compression = Compression.detect(head) else { return }
            ended = true
            throw BatchError.usage(
                "\(name) is \(compression.rawValue)-compressed: --follow reads a log as it is written; follow the "
                    + "uncompressed log, or read this file without --follow")
        }

        /// For a regular file with nothing new: whether it was truncated or replaced (then the file to read
        /// from its start is open), or has gone; `nil` when it is just idle.
        func change() -> Change? {
            guard identity != nil else { return nil }
            var info = stat()
            if fstat(descriptor, &info) == 0, Int(info.st_size) < offset {
                lseek(descriptor, 0, SEEK_SET)
                offset = 0
                head = []
                return .truncated
            }
            guard let path else { return nil }
            guard let current = FileIdentity(path: path) else {
                if isGone { return nil }
                isGone = true
                return .gone
            }
            isGone = false
            if current == identity { return nil }
            // A writer may still add to the old file for a moment after the rename: its rest comes first.
            if fstat(descriptor, &info) == 0, Int(info.st_size) > offset { return nil }
            let fresh = open(path, O_RDONLY | O_CLOEXEC)
            guard fresh >= 0 else { return nil }  // gone again between the two calls: the next look
            if closesDescriptor { close(descriptor) }
            descriptor = fresh
            closesDescriptor = true
            identity = FileIdentity(descriptor: fresh)
            offset = 0
            head = []
            return .replaced
        }

        /// The sentence ``BatchFollow/notice`` gets for `change`.
        func notice(_ change: Change) -> String {
            switch change {
            case .truncated:
                return "\(name) was truncated: reading it again from its start (lines counted from 1 again)"
            case .replaced:
                return "\(name) was replaced (rotated): reading the new file from its start (lines counted from 1 "
                    + "again)"
            case .gone: return "\(name) has gone: waiting for a file at that path"
            }
        }

        /// Refuses what cannot be followed: anything but one file or descriptor, or a poll interval that is
        /// not a number of seconds in (0, 1].
        static func check(_ inputs: [BatchInput], _ follow: BatchFollow) throws(BatchError) {
            guard follow.pollInterval.isFinite, follow.pollInterval > 0, follow.pollInterval <= 1 else {
                throw BatchError.usage("the poll interval of --follow must be more than 0 and at most 1 second")
            }
            guard inputs.count == 1, let input = inputs.first else {
                throw BatchError.usage("--follow follows one input (a file, or standard input), not \(inputs.count)")
            }
            switch input.source {
            case .path, .descriptor: return
            case .bytes, .reader:
                throw BatchError.usage("only a file or a descriptor can be followed, not \(input.name)")
            }
        }
    }
}
