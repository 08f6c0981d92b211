#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An open input: fills buffers with `read(2)` (or from memory, or a closure) until its end.
final class BatchSource {
    private let input: BatchInput
    private var descriptor: Int32 = -1
    private var closesDescriptor = false
    private var memoryOffset = 0
    /// The input's size in bytes, when known.
    private(set) var size: Int?

    /// Opens `input`.
    init(_ input: BatchInput) throws(BatchError) {
        self.input = input
        switch input.source {
        case .path(let path):
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw BatchError.io("cannot open \(path): \(BatchError.systemMessage())") }
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

    /// Fills `buffer` as far as the input allows; returns the bytes read (fewer only at the end).
    func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(BatchError) -> Int {
        var done = 0
        while done < buffer.count {
            let got = try readSome(UnsafeMutableRawBufferPointer(rebasing: buffer[done...]))
            if got == 0 { break }
            done += got
        }
        return done
    }

    private func readSome(_ buffer: UnsafeMutableRawBufferPointer) throws(BatchError) -> Int {
        switch input.source {
        case .path, .descriptor:
            while true {
                let got = read(descriptor, buffer.baseAddress, buffer.count)
                if got >= 0 { return got }
                if errno == EINTR { continue }
                throw BatchError.io("cannot read \(input.name): \(BatchError.systemMessage())")
            }
        case .bytes(let bytes):
            let count = min(buffer.count, bytes.count - memoryOffset)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBytes { raw in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[memoryOffset..<(memoryOffset + count)]))
            }
            memoryOffset += count
            return count
        case .reader(let read):
            do {
                let got = try read(buffer)
                guard got >= 0, got <= buffer.count else { throw BatchError.io("the reader of \(input.name) returned \(got) for \(buffer.count) bytes") }
                return got
            } catch let error as BatchError {
                throw error
            } catch {
                throw BatchError.io("cannot read \(input.name): \(error)")
            }
        }
    }

    private static func regularFileSize(_ descriptor: Int32) -> Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}
